namespace Diplomacy.Core.Tests.Gold;

/// <summary>Totals over the seed articles, counted as ../shared/eval/score_extraction.py counts them.</summary>
internal sealed record GoldScore(
    int GoldQuotes,
    int PredictedQuotes,
    int QuoteHits,
    int SpeakerTotal,
    int SpeakerHits,
    int Articles,
    int DatesRightToMonth,
    int DatesRightToDay,
    int GoldPeople,
    int PeopleFound,
    int GoldEvents,
    int PredictedEvents,
    int EventHits,
    int GoldPositions,
    int PredictedPositions,
    int PositionHits,
    IReadOnlyList<string> Misses)
{
    public double QuotePrecision => PredictedQuotes == 0 ? 0 : (double)QuoteHits / PredictedQuotes;

    public double QuoteRecall => GoldQuotes == 0 ? 0 : (double)QuoteHits / GoldQuotes;

    public double QuoteF1 => QuotePrecision + QuoteRecall == 0 ? 0 : 2 * QuotePrecision * QuoteRecall / (QuotePrecision + QuoteRecall);

    public double SpeakerAccuracy => SpeakerTotal == 0 ? 0 : (double)SpeakerHits / SpeakerTotal;

    public double PersonRecall => GoldPeople == 0 ? 0 : (double)PeopleFound / GoldPeople;

    public double EventRecall => GoldEvents == 0 ? 0 : (double)EventHits / GoldEvents;

    public double EventPrecision => PredictedEvents == 0 ? 0 : (double)EventHits / PredictedEvents;

    public double PositionRecall => GoldPositions == 0 ? 0 : (double)PositionHits / GoldPositions;

    public double PositionPrecision => PredictedPositions == 0 ? 0 : (double)PositionHits / PredictedPositions;

    public override string ToString() =>
        $"quoteF1 {QuoteF1:F3} (P {QuotePrecision:F3} R {QuoteRecall:F3}) speakerAcc {SpeakerAccuracy:F3} dateMonth {DatesRightToMonth}/{Articles} " +
        $"dateDay {DatesRightToDay}/{Articles} personRecall {PersonRecall:F3} eventR {EventRecall:F3} eventP {EventPrecision:F3} " +
        $"positionR {PositionRecall:F3} positionP {PositionPrecision:F3}\n" + string.Join('\n', Misses);
}
