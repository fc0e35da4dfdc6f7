namespace Diplomacy.Data.Entities;

public sealed class EventParticipant
{
    public int EventId { get; set; }

    public DiplomaticEvent? Event { get; set; }

    public int ActorId { get; set; }

    public Actor? Actor { get; set; }

    public ParticipantRole Role { get; set; }
}
