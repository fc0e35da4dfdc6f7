#!/usr/bin/env python3
"""Adds synthetic dated events (with participants and a source) and positions to a migrated SQLite store, so the
timeline's queries can be measured at 100,000 events and more whatever the pipeline found in the articles."""
import argparse
import datetime
import os
import random
import sqlite3

TYPES = ["Meeting", "Talks", "Agreement", "Statement", "Proposal", "Accusation", "Threat", "Veto", "Sanctions", "MilitaryAction", "Attack", "Humanitarian", "Other"]
TOPICS = ["AssadFate", "PoliticalTransition", "ChemicalWeapons", "UnSecurityCouncil", "Intervention", "Humanitarian", "Ceasefire", "Extremism", "BilateralRelations"]
SIDES = ["US", "Russia", "Both"]
# TopicSet's bits (src/Diplomacy.Data/Entities/TopicSet.cs): bit n for TOPICS[n].
TOPIC_BITS = " ".join(f"WHEN '{topic}' THEN {1 << bit}" for bit, topic in enumerate(TOPICS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--positions", type=int, default=100_000)
    args = parser.parse_args()

    rng = random.Random(42)
    db = sqlite3.connect(args.db)
    actors = [row[0] for row in db.execute("SELECT Id FROM Actors WHERE Country IN ('US', 'Russia', 'Syria') LIMIT 60")]
    articles = [row[0] for row in db.execute("SELECT Id FROM Articles LIMIT 5000")]
    start = datetime.date(2012, 1, 1)
    with db:
        for i in range(args.events):
            date = start + datetime.timedelta(days=rng.randrange(5 * 365))
            kind = rng.choice(TYPES)
            cursor = db.execute(
                "INSERT INTO Events (Type, CameoCode, Goldstein, Status, Summary, Location, Date, DatePrecision, HasDateConflict, ParticipantKey) "
                "VALUES (?, '0', ?, 'Occurred', ?, NULL, ?, 'Day', 0, ?)",
                (kind, rng.uniform(-10, 10), f"Synthetic {kind.lower()} {i}", date.isoformat(), os.urandom(32).hex()))
            event = cursor.lastrowid
            for actor in rng.sample(actors, 2):
                db.execute("INSERT INTO EventParticipants (EventId, ActorId, Role) VALUES (?, ?, 'Source')", (event, actor))
            db.execute(
                "INSERT INTO EventSources (EventId, ArticleId, Start, End, SentenceStart, SentenceEnd, SentenceTopics, Date, DatePrecision, EvidenceKey) "
                "VALUES (?, ?, 0, 10, 0, 10, 0, ?, 'Day', ?)", (event, rng.choice(articles), date.isoformat(), os.urandom(32).hex()))
        for i in range(args.positions):
            date = start + datetime.timedelta(days=rng.randrange(5 * 365))
            db.execute(
                "INSERT INTO Positions (ArticleId, Side, Topic, Stance, Polarity, Holder, HolderId, Date, DatePrecision, IsAnalysis, Start, End, SentenceStart, SentenceEnd) "
                "VALUES (?, ?, ?, ?, ?, 'Synthetic holder', ?, ?, 'Day', 0, 0, 10, 0, 10)",
                (rng.choice(articles), rng.choice(SIDES), rng.choice(TOPICS), f"synthetic stance {i}", rng.choice([-1, 1]), rng.choice(actors), date.isoformat()))
        # The importer stores on each event source the topics of the positions coded from its sentence; the synthetic
        # positions share sentences with synthetic and real sources alike, so every source's topics are recomputed
        # (a sum of distinct bits is their union).
        db.execute(
            f"UPDATE EventSources SET SentenceTopics = COALESCE((SELECT SUM(DISTINCT CASE p.Topic {TOPIC_BITS} END) FROM Positions AS p "
            "WHERE p.ArticleId = EventSources.ArticleId AND p.SentenceStart = EventSources.SentenceStart), 0) "
            "WHERE SentenceStart IS NOT NULL")
    db.execute("ANALYZE")
    db.close()


if __name__ == "__main__":
    main()
