using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>A side's stance on a topic, coded from a quote or a reported statement.</summary>
/// <param name="Polarity">+1 or −1 on the topic's axis (e.g. assad_fate: +1 "Assad must go", −1 "no precondition"); 0 where the topic has none.</param>
/// <param name="IsAnalysis">True where the holder is an analyst, not a government.</param>
public sealed record Position(
    Side Side,
    Topic Topic,
    string Stance,
    int Polarity,
    string Holder,
    PartialDate? Date,
    TextSpan Evidence,
    bool IsAnalysis,
    int SentenceIndex);
