using System.Text;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Stages.Repair;

namespace Diplomacy.Core.Tests.Stages.Repair;

public class ArticleDecoderTests
{
    [Fact]
    public void Rejects_binary_bytes_with_a_plain_message()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var decode = () => ArticleDecoder.Decode(bytes);

        decode.Should().Throw<ArticleRejectedException>().WithMessage("*binary data*not article text*");
    }

    [Fact]
    public void Rejects_binary_bytes_without_nul_bytes()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(1 + (i * 37 % 255))).ToArray();

        var decode = () => ArticleDecoder.Decode(bytes);

        decode.Should().Throw<ArticleRejectedException>().WithMessage("*binary data*");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Rejects_empty_files(byte[] bytes)
    {
        var decode = () => ArticleDecoder.Decode(bytes);

        decode.Should().Throw<ArticleRejectedException>().WithMessage("*empty*");
    }

    [Fact]
    public void Rejects_files_over_the_size_limit()
    {
        var decode = () => ArticleDecoder.Decode(new byte[ArticleDecoder.MaxBytes + 1]);

        decode.Should().Throw<ArticleRejectedException>().WithMessage("*limited to 2 MB*");
    }

    [Fact]
    public void Reads_utf8_with_or_without_a_byte_order_mark_and_utf16_with_one()
    {
        const string text = "Lavrov’s “reset”";

        ArticleDecoder.Decode(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        ArticleDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]).Should().Be(text);
        ArticleDecoder.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()).Should().Be(text);
    }

    [Fact]
    public void Reads_a_file_with_one_stray_legacy_byte_as_windows_1252_and_the_repairer_restores_its_utf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("“We agreed,” Lavrov said. It"), 0x92, .. Encoding.UTF8.GetBytes("s over.")];

        var document = new ArticleDocument("legacy.txt", ArticleDecoder.Decode(bytes));
        new TextRepairer().Process(document);

        document.Text.Should().Be("“We agreed,” Lavrov said. It’s over.");
    }
}
