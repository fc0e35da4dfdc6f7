using System.Text;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Pipeline;

/// <summary>Input that is not a normal article gets a clear refusal or a valid result, never a crash.</summary>
public sealed class BadInputTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault(SharedKnowledge.Base);

    [Fact]
    public void An_empty_file_is_refused_with_a_plain_message()
    {
        var act = () => Pipeline.Process("empty.txt", ReadOnlySpan<byte>.Empty);

        act.Should().Throw<ArticleRejectedException>().WithMessage("*empty*");
    }

    [Fact]
    public void Blank_text_is_refused_with_a_plain_message()
    {
        var act = () => Pipeline.Process("blank.txt", " \n\t\n ");

        act.Should().Throw<ArticleRejectedException>().WithMessage("*empty*");
    }

    [Fact]
    public void Binary_bytes_are_refused_with_a_plain_message()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray();

        var act = () => Pipeline.Process("image.png", bytes);

        act.Should().Throw<ArticleRejectedException>().WithMessage("*binary*");
    }

    [Fact]
    public void Ten_megabytes_of_text_are_refused_as_too_large_for_an_article()
    {
        var text = new StringBuilder().Insert(0, "Kerry met Lavrov in Geneva on Tuesday. ", 10 * 1024 * 1024 / 39).ToString();

        var fromText = () => Pipeline.Process("huge.txt", text);
        var fromFile = () => Pipeline.Process("huge.txt", Encoding.UTF8.GetBytes(text));

        fromText.Should().Throw<ArticleRejectedException>().WithMessage("*limited to 2 MB*");
        fromFile.Should().Throw<ArticleRejectedException>().WithMessage("*limited to 2 MB*");
    }

    [Fact]
    public void A_single_one_megabyte_line_gives_a_valid_result()
    {
        var line = new StringBuilder().Insert(0, "Lavrov said talks would go on and Kerry agreed ", 1024 * 1024 / 47).ToString();

        var document = Pipeline.Process("line.txt", "Title\n\n" + line);

        document.Actors.Should().ContainKeys("Sergey Lavrov", "John Kerry");
    }

    [Fact]
    public void Thousands_of_quote_marks_give_a_valid_result()
    {
        var text = "Title\n\n" + string.Concat(Enumerable.Repeat("“Yes,” he said \" ‘no’ ” “ \"", 4000));

        var document = Pipeline.Process("marks.txt", text);

        document.Quotes.Should().OnlyContain(q => q.Span.Start >= 0 && q.Span.End <= document.Text.Length);
    }

    [Fact]
    public void Hostile_markup_is_kept_as_text_and_never_read_as_structure()
    {
        var document = Pipeline.Process("script.txt", "Title\n\n<script>alert('x')</script> “We reject this,” Lavrov said.");

        document.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Sergey Lavrov");
        document.Source.Should().Contain("<script>");
    }
}
