namespace Diplomacy.Core.Stages.Coding;

/// <summary>How a sentence refers to an actor, which decides whether the reference can be a clause's subject.</summary>
internal enum ReferenceKind
{
    /// <summary>A name, alias, title or metonym.</summary>
    Named,

    /// <summary>"Russia's …", "his …": an owner, not a subject.</summary>
    Possessive,

    /// <summary>Part of a compound modifier such as "US-Russia relations".</summary>
    Modifier,

    /// <summary>"he"/"she" resolved to the last person named.</summary>
    Pronoun,

    /// <summary>"both countries", "the two sides": the two main sides together.</summary>
    Joint,
}
