"""A Vorlage whose Beratungsfolge gives 50 replay events, and the in-process cost of replaying it.

Kamen's Rat, HFA and JHA put a Jugendhilfe matter off month after month (16, 16 and 15 times)
before recommending and deciding it: 47 ``vertagen`` events, two ``vorberaten`` and one
``beschliessen``, all accepted by the procedure ``beschlussvorlage-gemeinde``.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from corpus import dump

EVENTS = 50
_PLAN = (("Jugendhilfeausschuss", "anhoerung", 16, "empfohlen"),
         ("Haupt- und Finanzausschuss", "vorberatung", 16, "empfohlen"),
         ("Rat der Stadt Kamen", "entscheidung", 15, "beschlossen"))


def vorlage() -> dict[str, object]:
    folge = []
    day = date(2019, 2, 5)
    for gremium, rolle, put_off, last in _PLAN:
        for n in range(put_off + 1):
            folge.append({"gremium": gremium, "sitzung": day.isoformat(), "rolle": rolle,
                          "ergebnis": "vertagt" if n < put_off else last})
            day += timedelta(days=28)
    assert len(folge) == EVENTS
    return {"koerperschaft": "stadt-kamen",
            "vorlage": {"nummer": "0500/2019", "art": "beschlussvorlage", "datum": "2019-01-15",
                        "betreff": "Neubau des Jugendzentrums am Kirchplatz", "sachgebiete": ["jugendhilfe"],
                        "beschlussgremium": "Rat der Stadt Kamen", "beratungsfolge": folge}}


def write_vorlage(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(vorlage()), "utf-8")
    return path


def in_process_us(path: Path, stichtag: date, rounds: int = 300) -> float:
    """µs for one replay of the file's 50 events on the cached machine (case building excluded)."""
    from gremienlauf import load
    from gremienlauf.load.files import read_yaml
    from gremienlauf.readers.vorlage import read_documents

    engine = load.engine()
    paper = next(iter(read_documents(read_yaml(path)))).paper
    case = engine.case(paper, stichtag)
    # The Vorlage's own date adds the ``einbringen`` step before the 50 Beratungen.
    beratungen = [s for s in case.replay.steps if s.ausloeser != "einbringen"] if case and case.replay else []
    if len(beratungen) != EVENTS:
        raise SystemExit(f"Replay-Vorlage ergibt nicht {EVENTS} Ereignisse")
    from gremienlauf.engine.procedure import procedure_for

    procedure = procedure_for(engine.procedures, paper.art, case.body.ebene, case.body.land)
    assert procedure is not None
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(rounds):
            procedure.replay(case, case.events)
        best = min(best, (time.perf_counter() - start) / rounds)
    return best * 1e6
