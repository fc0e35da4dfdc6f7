namespace Diplomacy.Data.Entities;

public enum ParticipantRole
{
    /// <summary>The actor who acts (vetoes, proposes, meets).</summary>
    Source,

    /// <summary>The actor acted upon or met.</summary>
    Target,
}
