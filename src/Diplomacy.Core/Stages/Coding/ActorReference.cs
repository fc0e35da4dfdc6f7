using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Coding;

/// <summary>A reference to one actor (or to both sides) in a sentence, by token range.</summary>
/// <param name="Names">Canonical actor names: one for a named actor, two for a joint reference.</param>
/// <param name="Side">US, Russia or Both; null for an actor of neither side.</param>
/// <param name="AfterPreposition">True where a preposition governs the reference ("with Lavrov"), so it is no subject.</param>
/// <param name="SurfaceEnd">The end offset in the text, to test what follows the reference.</param>
internal sealed record ActorReference(
    int TokenStart,
    int TokenEnd,
    IReadOnlyList<string> Names,
    Side? Side,
    ReferenceKind Kind,
    bool AfterPreposition,
    ArticleActor? Actor,
    int SurfaceEnd)
{
    /// <summary>A reference that can stand as the subject of a predicate.</summary>
    public bool CanBeSubject => !AfterPreposition && Kind is ReferenceKind.Named or ReferenceKind.Pronoun or ReferenceKind.Joint;

    public bool IsPerson => Actor?.Type == ActorType.Person;
}
