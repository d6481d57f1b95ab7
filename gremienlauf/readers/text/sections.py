"""The body of a Vorlage: its sections, the Beschlussvorschlag, who is named as competent, cited norms.

Headings are matched on the OCR-folded line ("Begriindung:" is "Begründung:"). Sentences are read on
repaired, de-hyphenated paragraphs; each keeps the number of the line it starts on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gremienlauf.model.parsed import Named, Parsed
from gremienlauf.readers.text.normalise import Line, join_lines, key, paragraphs, repair

HEADINGS = {
    "beschlussvorschlag": ("beschlussvorschlag", "beschlussentwurf", "beschlussempfehlung", "vorschlag der verwaltung",
                           "entscheidungsvorschlag"),
    "text": ("sachverhalt", "begrundung", "sachdarstellung", "erlauterung", "problem", "losung", "alternativen",
             "auswirkungen", "finanzielle auswirkungen", "sachstand", "bericht", "zusammenfassung"),
    "zustaendigkeit": ("zustandigkeit",),
    "anlagen": ("anlage", "anlagen", "anlage n"),
    "ende": ("unterschrift", "abstimmungsergebnis", "datenstand vom", "zum seitenanfang", "loading", "wortprotokoll",
             "beratungsfolge", "beratungsreihenfolge"),
}
_NUMBERING = re.compile(r"^(?:[ivx]{1,4}|[0-9]{1,2}|[a-h])\s+")


@dataclass
class Section:
    kind: str
    heading: Line
    lines: list[Line]


def heading_kind(line: Line) -> str | None:
    """A heading is a short line that is exactly a heading word, or starts with one and ends with a
    colon or carries a section number ("V. Zuständigkeit für die Entscheidung")."""
    words = line.flat.split(" ")
    if not line.text or len(words) > 14 or line.text.startswith("("):
        return None
    folded = key(line.text)
    numbered = _NUMBERING.match(folded) is not None
    folded = _NUMBERING.sub("", folded)
    for kind, starts in HEADINGS.items():
        for start in starts:
            if folded == start or folded.startswith(start + " ") and (line.flat.endswith(":") or numbered):
                return kind
    return None


def split(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """Lines before the first heading (the header), and the sections after it."""
    sections: list[Section] = []
    head: list[Line] = []
    for line in lines:
        kind = heading_kind(line)
        if kind is not None:
            sections.append(Section(kind, line, []))
        elif sections:
            sections[-1].lines.append(line)
        else:
            head.append(line)
    return head, sections


def body(parsed: Parsed, sections: list[Section], unlabelled: list[Line]) -> None:
    """Beschlussvorschlag, text, decider sentences and norms from the sections."""
    proposal = next((s for s in sections if s.kind == "beschlussvorschlag" and any(x.text for x in s.lines)), None)
    proposal_lines = proposal.lines if proposal else unlabelled
    if any(x.text for x in proposal_lines):
        start = next(x for x in proposal_lines if x.text)
        parsed.set("beschlussvorschlag", "\n".join(paragraphs(proposal_lines)), start.no,
                   proposal.heading.flat if proposal else "Text unter dem Kopf")
    if proposal is not None:
        parsed.set("art", "beschlussvorlage", proposal.heading.no,
                   f"abgeleitet aus dem Abschnitt „{proposal.heading.flat}“", abgeleitet=True)
    texts = [s for s in sections if s.kind in ("text", "zustaendigkeit") and any(x.text for x in s.lines)]
    if texts:
        parts = [p for s in texts for p in [repair(s.heading.flat), *paragraphs(s.lines)]]
        parsed.set("text", "\n".join(parts), texts[0].heading.no, texts[0].heading.flat)
    for section in sections:
        if section.kind in ("text", "zustaendigkeit", "beschlussvorschlag"):
            for sentence, zeile in sentences(section.lines):
                _competent(parsed, sentence, zeile, section)
                norms(parsed, sentence, zeile)
    if proposal_lines:
        for sentence, zeile in sentences(proposal_lines)[:2]:
            _subject(parsed, sentence, zeile)
    _own_number(parsed, sections)


def sentences(lines: list[Line]) -> list[tuple[str, int]]:
    """Sentences of a block with the line each starts on (paragraph by paragraph)."""
    out: list[tuple[str, int]] = []
    group: list[Line] = []
    for line in [*lines, Line(0, "")]:
        if line.text:
            group.append(line)
            continue
        if group and group[-1].flat.endswith("-") and line.no:
            continue
        if group:
            out.extend(_split_sentences(group))
        group = []
    return out


def _split_sentences(group: list[Line]) -> list[tuple[str, int]]:
    out = []
    for line_group in _by_sentence(group):
        text = repair(join_lines(line_group))
        if text:
            out.append((text, line_group[0].no))
    return out


_END = re.compile(r"(?<!\b[A-Za-z])(?<!\bca)(?<!\bggf)(?<!\bvgl)(?<!\bbzw)(?<!\bNr)(?<!\bAbs)[.!?:]$")


def _by_sentence(group: list[Line]) -> list[list[Line]]:
    """Cut a paragraph where a line ends a sentence; sentences inside one line stay together with it
    (good enough to find who decides, and the line number stays right)."""
    out: list[list[Line]] = [[]]
    for line in group:
        out[-1].append(line)
        if _END.search(line.flat):
            out.append([])
    return [g for g in out if g]


_GREMIUM = (r"(?P<g>(?:[A-ZÄÖÜ][\wäöüß]*-\s(?:und|oder)\s)?(?=[A-ZÄÖÜ])[\wäöüßÄÖÜ-]*(?:[Rr]ates|[Rr]ats|[Rr]at|"
            r"[Aa]usschusses|[Aa]usschuss|[Kk]reistages|[Kk]reistags|[Kk]reistag|[Vv]ertretung|[Vv]ersammlung|[Ss]enates|"
            r"[Ss]enat|[Bb]ürgermeisters|[Bb]ürgermeister|[Ll]andrates|[Ll]andrats)"
            r"(?:\sfür\s(?!(?:die\s)?(?:Entscheidung|Beschlussfassung|Beratung)\b)(?:die\s|den\s|das\s)?[A-ZÄÖÜ][\wäöüß-]+(?:(?:\sund|,)\s[A-ZÄÖÜ][\wäöüß-]+){0,3})?"
            r"(?:\s(?:der|des)\s(?:Stadt|Gemeinde|Kreises)\s[A-ZÄÖÜ][\wäöüß-]+)?)")
_REQUIRED = re.compile(r"\b(?:Beschluss|Beschlussfassung|Entscheidung|Zustimmung|Genehmigung)"
                       r"\s+(?:des|der|durch\s+(?:den|die|das))"
                       rf"\s+{_GREMIUM}\b[^.]{{0,60}}?\berforderlich")
_RESPONSIBLE = re.compile(rf"\b(?:ist|sind)\s+(?:der|die|das)\s+{_GREMIUM}\b[^.]{{0,80}}?\b[Zz]ust(?:ä|a|ae)ndig")
_SUBJECT = re.compile(rf"^(?:\d\.\s+)?(?:Der|Die|Das)\s+{_GREMIUM}\s+(?P<v>beschließt|beschliesst|stimmt|genehmigt|"
                      r"entscheidet|beauftragt|billigt|bestätigt|wählt|ermächtigt|lehnt|nimmt|empfiehlt|erteilt)\b")
_RECIPIENT = re.compile(rf"\b(?:dem|der)\s+{_GREMIUM}\b")


def nominative(name: str) -> str:
    """"Rates der Stadt X" → "Rat der Stadt X", "Haupt- und Finanzausschusses" → "…ausschuss"."""
    hit = re.match(r"(.*?)((?:\s(?:der|des)\s.*)?)$", name)
    head, tail = (hit.group(1), hit.group(2)) if hit else (name, "")
    for suffix, repl in (("ausschusses", "ausschuss"), ("rates", "rat"), ("rats", "rat"), ("tages", "tag"),
                         ("tags", "tag"), ("senates", "senat"), ("meisters", "meister")):
        if head.lower().endswith(suffix):
            cut = head[: -len(suffix)]
            return cut + (repl.capitalize() if head[len(cut)].isupper() else repl) + tail
    return name


def _competent(parsed: Parsed, sentence: str, zeile: int, section: Section) -> None:
    for pattern, staerke in ((_REQUIRED, 3), (_RESPONSIBLE, 1)):
        for hit in pattern.finditer(sentence):
            parsed.zustaendig.append(Named(nominative(hit.group("g")), zeile, sentence, staerke))
            if section.kind == "zustaendigkeit" and staerke == 3:
                parsed.set("zustaendigkeit_begruendung", sentence, zeile, section.heading.flat)


def _subject(parsed: Parsed, sentence: str, zeile: int) -> None:
    hit = _SUBJECT.search(sentence)
    if not hit:
        return
    if hit.group("v") == "empfiehlt":  # a recommending committee: the recipient decides
        to = _RECIPIENT.search(sentence, hit.end())
        if to:
            parsed.zustaendig.append(Named(nominative(to.group("g")), zeile, sentence, 2))
        return
    parsed.zustaendig.append(Named(nominative(hit.group("g")), zeile, sentence, 2))


def decide(parsed: Parsed) -> None:
    """The Beschlussgremium: the strongest statement wins; within one strength, the first."""
    if not parsed.zustaendig:
        return
    best = max(n.staerke for n in parsed.zustaendig)
    chosen = next(n for n in parsed.zustaendig if n.staerke == best)
    parsed.set("beschlussgremium", chosen.gremium, chosen.zeile, chosen.satz)


# --- Rechtsgrundlagen ---------------------------------------------------------------------------
_LAWS = (r"SGB\s?[IVXl1|]{1,5}\b|GO\s?NRW|KrO\s?NRW|GO|KrO|BauGB|KiBiz|KAG\s?NRW|AG-KJHG(?:\s?NRW)?|BGB|VwVfG|"
         r"GemO|HGO|NKomVG|BayGO|SächsGemO|KomHVO(?:\s?NRW)?|"
         r"der\s+(?:Haupt|Zuständigkeits|Geschäfts)?(?:s|S)atzung[^.;]{0,90}?(?=\s+(?:ist|sind|wird|werden|hat|in\s+Verbindung|"
         r"i\.\s?V\.\s?m\.)\b|[.;,)]|$)|der\s+(?:Zuständigkeitsordnung|Geschäftsordnung)[^.;]{0,60}?(?=\s+(?:ist|sind|wird)\b|[.;,)]|$)")
_NORM = re.compile(r"§§?\s*(?P<p>\d+[a-z]?(?:\s?(?:Abs\.|Absatz)\s?\d+[a-z]?)?(?:\s?(?:S\.|Satz)\s?\d+)?"
                   r"(?:\s?(?:Nr\.|Ziffer)\s?\d+)?)\s+(?P<law>" + _LAWS + ")")
_BOOKS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV"}


def norms(parsed: Parsed, sentence: str, zeile: int) -> None:
    for hit in _NORM.finditer(sentence):
        law = " ".join(hit.group("law").split())
        if law.startswith("SGB"):
            law = _book(law, sentence, parsed)
        norm = f"§ {' '.join(hit.group('p').split())} {law}"
        current = list(parsed.value("rechtsgrundlagen") or [])
        if norm not in current:
            parsed.fields.pop("rechtsgrundlagen", None)
            first = zeile if not current else parsed_line(parsed, zeile)
            parsed.set("rechtsgrundlagen", [*current, norm], first, "zitiert")


def parsed_line(parsed: Parsed, zeile: int) -> int:
    return parsed.fields["rechtsgrundlagen"].zeile if "rechtsgrundlagen" in parsed.fields else zeile


def _book(law: str, sentence: str, parsed: Parsed) -> str:
    """"SGB VIl": OCR reads "II" as "l"; it is Book VIII only where the sentence is about Jugendhilfe."""
    raw = law[3:].strip()
    if raw in _BOOKS:
        return f"SGB {raw}"
    options = {""}
    for char in raw:
        options = {o + c for o in options for c in (("I", "II") if char in "l1|" else (char,))}
    valid = sorted(options & _BOOKS)
    if len(valid) == 1:
        return f"SGB {valid[0]}"
    if "VIII" in valid and re.search(r"jugend", key(sentence)):
        return "SGB VIII"
    note = f"Zitat „{law}“ ist unsicher gelesen (möglich: {', '.join(valid) or '—'}); bitte prüfen"
    parsed.hinweise.append(note)
    parsed.lesehinweise.append(note)
    return law


def _own_number(parsed: Parsed, sections: list[Section]) -> None:
    """"siehe Anlage 1 zu SV-9-1217" names the Vorlage's own number when its own Anlagen list has an
    item 1: derived, and shown as such."""
    attachments = {m.group(1) for s in sections if s.kind == "anlagen" for x in s.lines
                   for m in [re.match(r"(\d+)\.\s+\S", x.flat)] if m}
    if not attachments or "nummer" in parsed.fields:
        return
    for section in sections:
        for sentence, zeile in sentences(section.lines):
            for hit in re.finditer(r"Anlage\s+(\d+)\s+zu\s+([A-Z]{1,4}-\d+-\d+|[A-Z]{0,4}\s?\d+/\d+)", sentence):
                if hit.group(1) in attachments:
                    parsed.set("nummer", hit.group(2).replace(" ", ""), zeile, hit.group(0), abgeleitet=True)
                    return
