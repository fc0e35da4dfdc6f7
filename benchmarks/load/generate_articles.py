#!/usr/bin/env python3
"""Writes N synthetic news articles built from the seed articles' paragraphs.

Each article takes a random headline and 6-12 random seed paragraphs, shifts every year by a random amount
(kept within 2011-2016), replaces month names at random and opens with a wire dateline, so the pipeline finds
events, quotes and positions spread over the whole period, and every text (so every content hash) differs.
"""
import argparse
import pathlib
import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CITIES = ["MOSCOW", "WASHINGTON", "GENEVA", "NEW YORK", "DAMASCUS", "BEIRUT", "VIENNA"]
YEAR = re.compile(r"\b(201[0-6])\b")
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", default="seeds")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--random-seed", type=int, default=20130914)
    args = parser.parse_args()

    rng = random.Random(args.random_seed)
    headlines, paragraphs = [], []
    for path in sorted(pathlib.Path(args.seeds).glob("*.txt")):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
        headlines.append(blocks[0])
        paragraphs.extend(b for b in blocks[1:] if len(b.split()) >= 12)

    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        shift = rng.randint(-1, 3)
        year = rng.randint(2012, 2016)
        month = rng.randrange(12)
        body = [
            YEAR.sub(lambda m: str(min(2016, max(2011, int(m.group(1)) + shift))), p)
            for p in rng.sample(paragraphs, rng.randint(6, 12))
        ]
        body = [MONTH.sub(lambda _: rng.choice(MONTHS), p) for p in body]
        dateline = f"{rng.choice(CITIES)}, {MONTHS[month]} {rng.randint(1, 28)}, {year} (Wire {i % 97}) - "
        text = f"{rng.choice(headlines)}\n\n{dateline}{body[0]}\n\n" + "\n\n".join(body[1:]) + f"\n\nReference {i:05d}.\n"
        (out / f"load_{i:05d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
