namespace Diplomacy.Core.Model;

public enum EventType
{
    Meeting,
    Talks,
    Agreement,
    Statement,
    Proposal,
    Accusation,
    Threat,
    Veto,
    Sanctions,
    MilitaryAction,
    Attack,
    Humanitarian,
    Other,
}
