using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;

namespace Diplomacy.Data.Tests;

public sealed class TopicSetTests
{
    [Fact]
    public void Every_topic_has_its_own_bit_named_as_the_topic()
    {
        var sets = Enum.GetValues<Topic>().Select(TopicSets.Of).ToList();

        sets.Should().OnlyHaveUniqueItems().And.OnlyContain(set => set != TopicSet.None && ((int)set & ((int)set - 1)) == 0);
        sets.Select(set => set.ToString()).Should().Equal(Enum.GetValues<Topic>().Select(topic => topic.ToString()));
    }
}
