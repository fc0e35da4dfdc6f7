using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Events;

/// <summary>Event predicates of one type with their CAMEO root code and Goldstein score (a group of event-cues.json).</summary>
/// <param name="Weak">Nouns naming an occasion ("summit"): used only where a sentence has no verb cue.</param>
/// <param name="Occasion">Speech verbs: an event only where the sentence dates the speech or names its occasion.</param>
/// <param name="Spoken">Acts a speech can perform (a threat, a proposal): without a subject of their own, the speaker is their source.</param>
/// <param name="Promise">Agreements and proposals: naming a later date, they promise a planned follow-up event.</param>
internal sealed record PredicateGroup(
    EventType Type,
    string Cameo,
    double Goldstein,
    IReadOnlyList<string> Phrases,
    bool Weak = false,
    bool Occasion = false,
    bool Spoken = false,
    bool Promise = false);
