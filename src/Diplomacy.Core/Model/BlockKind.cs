namespace Diplomacy.Core.Model;

public enum BlockKind
{
    Title,

    /// <summary>A standfirst or a repeated title under the title.</summary>
    Deck,
    Heading,

    /// <summary>A dateline or timestamp line: not prose, but evidence for the date.</summary>
    Dateline,
    Paragraph,

    /// <summary>Not article content (author bio, caption, photo credit, comment widget); dropped from analysis.</summary>
    Boilerplate,
}
