using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Tests.Support;

/// <summary>
/// Builds a document whose layout is given by hand (blocks split at blank lines, sentences at ". "),
/// so a later stage is tested on its own, whatever the layout stages do.
/// </summary>
internal static class HandLaidDocument
{
    public static ArticleDocument Create(string text, string? published = null)
    {
        var document = new ArticleDocument("test.txt", text);
        var start = 0;
        foreach (var block in text.Split("\n\n"))
        {
            var blockIndex = document.Blocks.Count;
            document.Blocks.Add(new Block(blockIndex == 0 ? BlockKind.Title : BlockKind.Paragraph, new TextSpan(start, start + block.Length)));
            var sentenceStart = start;
            for (var i = 0; i < block.Length; i++)
            {
                var atEnd = i == block.Length - 1;
                if (atEnd || (block[i] is '.' or '?' or '!' && block[i + 1] == ' ' && (i + 2 >= block.Length || char.IsUpper(block[i + 2]) || block[i + 2] is '"' or '“')))
                {
                    document.Sentences.Add(new Sentence(document.Sentences.Count, new TextSpan(sentenceStart, start + i + 1), blockIndex));
                    sentenceStart = start + i + 2;
                }
            }

            start += block.Length + 2;
        }

        if (published is not null)
        {
            document.Published = new PublicationDate(PartialDate.Parse(published), 1, []);
        }

        return document;
    }
}
