using Diplomacy.Core.Knowledge;

namespace Diplomacy.Core.Tests.Support;

/// <summary>The knowledge files, loaded once for all tests.</summary>
internal static class SharedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Default = new(KnowledgeBase.LoadDefault);

    public static KnowledgeBase Base => Default.Value;
}
