using System.Text;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Repair;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Tests.Stages.Repair;

public class TextRepairerTests
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    private static ArticleDocument Repair(string text)
    {
        var document = new ArticleDocument("test.txt", text);
        new TextRepairer().Process(document);
        return document;
    }

    /// <summary>What a page shows when its UTF-8 bytes are read as Windows-1252.</summary>
    private static string Garble(string text) => Windows1252.GetString(Encoding.UTF8.GetBytes(text));

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [Theory]
    [InlineData("“So this is not a one-sided story,” she said.")]
    [InlineData("Russia’s position — and the ‘reset’ – is unchanged…")]
    [InlineData("The Geneva communiqué, the café, the naïve résumé, Dvořák, Łódź and São Paulo")]
    [InlineData("Сергей Лавров and Владимир Путин met in Москва")]
    [InlineData("Prices rose by €5 and £3 • a 5° drop ™ ©")]
    [InlineData("Al-Assad (الأسد) and Ünlü, and the letter İ on its own")]
    [InlineData("A flag 🇷🇺 and a handshake 🤝")]
    public void Repairs_any_utf8_text_read_as_windows_1252(string original)
    {
        var garbled = Garble(original);
        garbled.Should().NotBe(original);

        var document = Repair(garbled);

        document.Text.Should().Be(original.Replace('\u00A0', ' '));
        document.Repairs.Should().OnlyContain(r => r.Kind == TextRepairer.MojibakeKind);
    }

    [Fact]
    public void Repairs_text_that_was_garbled_twice()
    {
        var document = Repair(Garble(Garble("Lavrov’s “red line”")));

        document.Text.Should().Be("Lavrov’s “red line”");
    }

    [Fact]
    public void Repairs_a_right_quote_whose_last_byte_was_lost_and_a_no_break_space_whose_second_byte_became_a_space()
    {
        var document = Repair("â€œWe agreed,â€ he said.Â The talks ended.");

        document.Text.Should().Be("“We agreed,” he said. The talks ended.");
    }

    [Fact]
    public void Reads_a_dotted_capital_i_garbled_inside_a_latin_word_as_a_plain_i()
    {
        var source = "APA reports quoting RÄ°A Novosti.";

        var document = Repair(source);

        document.Text.Should().Be("APA reports quoting RIA Novosti.");
        var repair = document.Repairs.Should().ContainSingle().Subject;
        repair.Should().Be(new TextRepair(TextRepairer.MojibakeKind, new TextSpan(21, 23), "Ä°", "I"));
        document[new TextSpan(20, 31)].Should().Be("RIA Novosti");
        source[document.ToSource(new TextSpan(20, 31)).Start..document.ToSource(new TextSpan(20, 31)).End].Should().Be("RÄ°A Novosti");
    }

    [Theory]
    [InlineData("Gruß“ ist „Zitat“ hier")]
    [InlineData("Müller’s café’s naïveté")]
    [InlineData("SÃO PAULO and ÂGE are capitals")]
    [InlineData("plain ASCII text with \"quotes\" and 'apostrophes'")]
    public void Leaves_genuine_accented_text_alone(string text)
    {
        var document = Repair(text);

        document.Text.Should().Be(text);
        document.Repairs.Should().BeEmpty();
        document.SourceMap.IsIdentity.Should().BeTrue();
    }

    [Fact]
    public void Normalises_line_endings_odd_spaces_and_removes_control_and_zero_width_characters()
    {
        var document = Repair("Title\r\n\r\nOne\u00A0two\u2009three\u200B four\u0007.\rNext\u2028line\uFEFF\tend");

        document.Text.Should().Be("Title\n\nOne two three four.\nNext\nline\tend");
        document.Repairs.Select(r => r.Kind).Should().Equal(
            TextRepairer.LineEndingKind,
            TextRepairer.LineEndingKind,
            TextRepairer.WhitespaceKind,
            TextRepairer.WhitespaceKind,
            TextRepairer.ZeroWidthKind,
            TextRepairer.ControlCharacterKind,
            TextRepairer.LineEndingKind,
            TextRepairer.LineEndingKind,
            TextRepairer.ZeroWidthKind);
    }

    [Fact]
    public void Maps_every_unrepaired_character_and_every_repair_back_to_the_source_exactly()
    {
        var source = "Title\r\n\r\n" + Garble("“Russia’s view,” Lavrov said — ") + "RÄ°A\u200B\u200B reports.\r\nKerry\u00A0agreed.\r\n";

        var document = Repair(source);

        var repaired = new bool[document.Text.Length + 1];
        var shift = 0;
        foreach (var repair in document.Repairs)
        {
            var target = new TextSpan(repair.SourceSpan.Start - shift, repair.SourceSpan.Start - shift + repair.Replacement.Length);
            document[target].Should().Be(repair.Replacement);
            source[repair.SourceSpan.Start..repair.SourceSpan.End].Should().Be(repair.Original);
            if (target.Length != repair.SourceSpan.Length && !target.IsEmpty)
            {
                var mapped = document.ToSource(target);
                mapped.Start.Should().BeLessThanOrEqualTo(repair.SourceSpan.Start);
                mapped.End.Should().BeGreaterThanOrEqualTo(repair.SourceSpan.End);
            }

            for (var i = target.Start; i < target.End; i++)
            {
                repaired[i] = true;
            }

            shift += repair.Original.Length - repair.Replacement.Length;
        }

        for (var i = 0; i < document.Text.Length; i++)
        {
            if (!repaired[i])
            {
                source[document.SourceMap.ToSource(i)].Should().Be(document.Text[i], $"offset {i} maps back to the same character");
            }
        }

        foreach (var word in new[] { "Lavrov said", "reports.", "Kerry", "agreed.", "Title" })
        {
            var start = document.Text.IndexOf(word, StringComparison.Ordinal);
            var mapped = document.ToSource(new TextSpan(start, start + word.Length));
            source[mapped.Start..mapped.End].Should().Be(word);
        }
    }

    [Fact]
    public void Repairs_the_garbled_agency_name_in_seed_004_and_nothing_else()
    {
        var source = ArticleDecoder.Decode(FrontStageArticles.SeedBytes("004_0a27015c297dd176.txt"));

        var document = Repair(source);

        document.Repairs.Should().ContainSingle().Which.Original.Should().Be("Ä°");
        document.Text.Should().Contain("APA reports quoting RIA Novosti.");
        document.Text.Length.Should().Be(source.Length - 1);
    }

    [Theory]
    [InlineData("000_1170331ad99da955.txt")]
    [InlineData("001_783116623f04e206.txt")]
    [InlineData("002_24217b8775d6f647.txt")]
    [InlineData("003_b3cf8da3f2620c11.txt")]
    public void Leaves_the_clean_seeds_unchanged(string seed)
    {
        var source = ArticleDecoder.Decode(FrontStageArticles.SeedBytes(seed));

        var document = Repair(source);

        document.Repairs.Should().BeEmpty();
        document.Text.Should().BeSameAs(source);
    }

    [Fact]
    public void Repairs_the_hard_wrapped_blog_with_mojibake_and_crlf()
    {
        var document = new ArticleDocument("blog", ArticleDecoder.Decode(FrontStageArticles.ArticleBytes("layout-blog-hardwrapped.txt")));

        new TextRepairer().Process(document);

        document.Text.Should().StartWith("Lavrov and Kerry: a “reset” that never was\n\n");
        document.Text.Should().Contain("“constructive” — a word").And.Contain("Lavrov’s café remarks").And.Contain("Russia will not");
        document.Text.Should().NotContain("\r").And.NotContain("â").And.NotContain("Ã").And.NotContain("Â");
    }

    [Fact]
    public void Handles_empty_text()
    {
        var document = Repair(string.Empty);

        document.Text.Should().BeEmpty();
        document.Repairs.Should().BeEmpty();
    }

    [Fact]
    public void Repairs_ten_megabytes_of_garbled_crlf_text()
    {
        var paragraph = Garble("“We agreed,” Lavrov’s aide said — in Genève. ") + "\r\n";
        var text = new StringBuilder().Insert(0, paragraph, 10 * 1024 * 1024 / paragraph.Length).ToString();

        var document = Repair(text);

        document.Text.Should().StartWith("“We agreed,” Lavrov’s aide said — in Genève. \n“We");
        document.Text.Should().NotContain("\r").And.NotContain("â€");
    }

    [Fact]
    public void Repairs_a_single_megabyte_line_of_odd_characters()
    {
        var text = string.Concat(Enumerable.Repeat("a\u00A0\u200B\u0001", 1024 * 1024 / 4));

        var document = Repair(text);

        document.Text.Should().HaveLength(text.Length / 2);
    }
}
