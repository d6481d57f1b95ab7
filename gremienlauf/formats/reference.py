"""Documentation rendered from the data: rule tables, rule reference, procedure diagrams, registry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # annotations only: the reference renders loaded data and calls no engine code
    from gremienlauf.engine.procedure import Procedure
    from gremienlauf.engine.registry import Registry
    from gremienlauf.engine.rules import Pack, Rule, Version

SCHWERE = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}


def rule_table(packs: Iterable[Pack], stichtag: date) -> str:
    lines = []
    for pack in packs:
        scope = pack.land or (f"Körperschaft {pack.koerperschaft}" if pack.koerperschaft else "Bund/allgemein")
        lines.append(f"{pack.id} {pack.version} – {pack.titel} [{scope}]")
        zitate = [c for r in pack.rules if (v := r.version_at(stichtag)) for c in v.zitate]
        if zitate:
            belegt = sum(c.belegt for c in zitate)
            lines.append(f"  Fundstellen am {stichtag:%d.%m.%Y}: {belegt} von {len(zitate)} verifiziert "
                         f"({round(100 * belegt / len(zitate))} %)")
        elif pack.datenpruefung:
            lines.append("  Datenprüfungen: nennen keine Rechtsgrundlage")
        for rule in pack.rules:
            version = rule.version_at(stichtag)
            zitat = version.zitat("", "") if version else f"(gilt am {stichtag:%d.%m.%Y} nicht)"
            if rule.daten:
                zitat = "Datenprüfung, keine Rechtsgrundlage"
            flag = "" if rule.belegt else "  [enthält nicht verifizierte Fundstellen]"
            lines.append(f"  {rule.code}  {SCHWERE[rule.schwere]:<8} {rule.name}{flag}")
            lines.append(f"         {zitat}")
        lines.append("")
    return "\n".join(lines)


class Example(Protocol):
    """A scenario shown as a rule's example (spec.coverage.Example; docs does not import spec)."""

    name: str
    line: int
    feature: Any

    def gherkin(self) -> list[str]: ...


# code → (a scenario where the rule fires, one where it stays silent)
Examples = dict[str, tuple["Example | None", "Example | None"]]

REFERENCE_HEAD = """# Regelreferenz

Erzeugt aus den Regelpaketen mit `gremienlauf rules show --format markdown -o docs/regeln.md`;
bitte nicht von Hand ändern. Jede Regel nennt ihre Fassungen mit Fundstelle und Geltungszeitraum und
je ein Szenario aus `features/`, in dem sie greift und in dem sie schweigt. Fundstellen mit dem Zusatz
„[Fundstelle nicht verifiziert]“ sind nicht im Normtext geprüft.
"""


def describe(packs: Iterable[Pack], codes: tuple[str, ...], fmt: str, examples: Examples | None = None) -> str:
    chosen = [(p, r) for p in packs for r in p.rules if not codes or r.code in codes]
    if fmt == "markdown":
        return reference(chosen, examples or {})
    return "".join(_text(pack, rule) for pack, rule in chosen)


def reference(chosen: list[tuple[Pack, Rule]], examples: Examples) -> str:
    """The rule reference in Markdown: packs with their rules, each with a firing and a silent example."""
    # a pack that holds for every Land (je_land) comes as one pack per Land from one file: shown once,
    # each rule with its citations per Land
    files: dict[str, list[Pack]] = {}
    for pack in {id(p): p for p, _ in chosen}.values():
        files.setdefault(pack.datei, []).append(pack)
    out = [REFERENCE_HEAD, "## Inhalt", ""]
    for group in files.values():
        codes = list(dict.fromkeys(r.code for p, r in chosen if p in group))
        titel, pack_id = _family(group)
        out.append(f"- {titel} (`{pack_id}`): " + ", ".join(f"[{c}](#{c.lower()})" for c in codes))
    out.append("")
    for group in files.values():
        titel, _ = _family(group)
        out += [f"## {titel}", "", _pack_line(group[0]) if len(group) == 1 else _family_line(group), ""]
        for code in dict.fromkeys(r.code for p, r in chosen if p in group):
            per_land = [(p, r) for p, r in chosen if p in group and r.code == code]
            out.append(f'<a id="{code.lower()}"></a>\n')
            if len(group) == 1:
                out.append(_markdown(*per_land[0]).rstrip("\n") + "\n")
            else:
                out.append(_markdown_je_land(per_land).rstrip("\n") + "\n")
            out.append(_examples(code, examples))
    return "\n".join(out).rstrip("\n") + "\n"


def _family(group: list[Pack]) -> tuple[str, str]:
    if len(group) == 1:
        return group[0].titel, group[0].id
    return group[0].titel.rsplit(" – ", 1)[0], group[0].id.rsplit("-", 1)[0] + "-<land>"


def _family_line(group: list[Pack]) -> str:
    laender = ", ".join(p.land or "" for p in group)
    return (f"Paket `{_family(group)[1]}`, Version {group[0].version}, "
            f"gilt je Land mit dessen eigener Fundstelle: {laender}")


def _markdown_je_land(per_land: list[tuple[Pack, Rule]]) -> str:
    pack, rule = per_land[0]
    lines = [f"### {rule.code} – {rule.titel}", "", f"`{rule.name}` · {SCHWERE[rule.schwere]} · je Land", ""]
    lines += ["| Land | gilt | Rechtsgrundlage |", "|---|---|---|"]
    lines += [f"| {p.land} | {version.zeitraum()} | {_links(version)} |"
              for p, r in per_land for version in r.versionen]
    return "\n".join(lines + _body(rule)) + "\n"


def _links(version: Version) -> str:
    return "; ".join(f"[{c.text()}]({c.url})" if c.url else c.text() for c in version.zitate)


def _body(rule: Rule) -> list[str]:
    """Description, remedy and the planning wording of a rule, as the reference shows them."""
    lines = ["", rule.beschreibung, ""]
    if rule.abhilfe:
        # Placeholders are filled per finding; here they read as what they stand for.
        lines += ["**Abhilfe:** " + _placeholders(rule.abhilfe), ""]
    if rule.zeitpunkt == "beschluss":
        lines += ["**Solange nicht beschlossen** (Mangel der Planung, Warnung): " + _placeholders(_planung(rule)), ""]
    return lines


def _pack_line(pack: Pack) -> str:
    scope = f"Land {pack.land}" if pack.land else (f"Körperschaft `{pack.koerperschaft}`" if pack.koerperschaft
                                                   else "alle Körperschaften")
    parts = [f"Paket `{pack.id}`, Version {pack.version}", f"gilt für {scope}"]
    if pack.stand:
        parts.append(f"Stand {pack.stand:%d.%m.%Y}")
    if pack.quelle:
        parts.append(f"Quelle: {pack.quelle}")
    return " · ".join(parts)


def _examples(code: str, examples: Examples) -> str:
    fires, silent = examples.get(code, (None, None))
    out = []
    for label, example in (("Beispiel, in dem die Regel greift", fires), ("Beispiel, in dem sie schweigt", silent)):
        if example is None:
            out += [f"*{label}: keines in `features/`.*", ""]
            continue
        out += [f"**{label}:** „{example.name}“ (`{example.feature.shown}`, Zeile {example.line})", "",
                "```gherkin", *example.gherkin(), "```", ""]
    return "\n".join(out)


def _versions(rule: Rule) -> list[tuple[str, str, list[str]]]:
    """Per version: its period, its citations, and for each citation the sentence as read and where
    (with the source's Stand), so that an auditor can check what the finding rests on."""
    out = []
    for v in rule.versionen:
        read = []
        for c in v.zitate:
            if c.wortlaut:
                read.append(f"„{c.wortlaut}“")
            if c.url:
                read.append(f"gelesen: {c.url}" + (f" (Stand: {c.stand})" if c.stand else ""))
        out.append((v.zeitraum(), "; ".join(c.text() for c in v.zitate), read))
    return out


def _placeholders(template: str) -> str:
    """{beschlussgremium} as ‹beschlussgremium›: what a finding fills in, not text to take literally."""
    return re.sub(r"{(\w+)}", r"‹\1›", template)


def _text(pack: Pack, rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name} – {rule.titel}",
             f"  Schwere: {SCHWERE[rule.schwere]}, Paket: {pack.id} {pack.version}"]
    for period, zitat, urls in _versions(rule):
        lines.append(f"  {period}: {zitat}")
        lines.extend(f"      {u}" for u in urls)
    lines.append("  " + rule.beschreibung)
    if rule.abhilfe:
        lines.append(f"  Abhilfe: {_placeholders(rule.abhilfe)}")
    if rule.zeitpunkt == "beschluss":
        lines.append(f"  Solange nicht beschlossen (Warnung): {_placeholders(_planung(rule))}")
    if rule.verdraengt:
        lines.append(f"  Verdrängt, wenn sie greift: {', '.join(rule.verdraengt)}")
    return "\n".join(lines) + "\n\n"


def _markdown(pack: Pack, rule: Rule) -> str:
    lines = [f"### {rule.code} – {rule.titel}", "", f"`{rule.name}` · {SCHWERE[rule.schwere]} · Paket `{pack.id}`", ""]
    if rule.daten:
        lines.append("Datenprüfung: prüft die Angaben der Vorlage, kein Recht; nennt keine Rechtsgrundlage.")
    else:
        lines.append("| gilt | Rechtsgrundlage |")
        lines.append("|---|---|")
        lines += [f"| {version.zeitraum()} | {_links(version)} |" for version in rule.versionen]
    return "\n".join(lines + _body(rule)) + "\n"


def mermaid(procedure: Procedure) -> str:
    """The procedure as a Mermaid state diagram, drawn by transitions' own mermaid backend."""
    from transitions.extensions import GraphMachine

    class _Model:
        pass

    model = _Model()
    GraphMachine(model=model, states=procedure.definition["states"], initial=procedure.definition["initial"],
                 transitions=procedure.definition["transitions"], auto_transitions=False,
                 graph_engine="mermaid", show_conditions=True, title=procedure.titel)
    source: str = model.get_graph().source  # type: ignore[attr-defined]
    lines = source.splitlines()
    # transitions writes the bare title as front matter; Mermaid wants a YAML mapping there.
    if len(lines) > 2 and lines[0] == "---" and lines[2] == "---":
        lines[1] = f"title: {procedure.titel}"
    # It also styles the model's current state; leave that out so the diagram is byte-stable.
    kept = [line for line in lines if not line.strip().startswith(("Class ", "class ", "classDef "))]
    kept += [f"  {state} --> [*]" for state in procedure.definition["states"] if state in procedure.final]
    return "\n".join(line.rstrip() for line in kept).rstrip() + "\n"


def registry_table(registry: Registry) -> str:
    from gremienlauf.names import typ_name

    lines = []
    for body in sorted(registry.bodies.values(), key=lambda b: b.id):
        ja = "eigenes Jugendamt" if body.jugendamt else f"Jugendamt: {body.jugendhilfetraeger or '—'}"
        lines.append(f"{body.id:<24} {body.name} ({typ_name(body.typ)}, {body.land}; {ja})")
        for org in body.organizations:
            aliases = f" – auch: {', '.join(org.aliases)}" if org.aliases else ""
            lines.append(f"    {org.id:<26} {org.name} [{org.art}]{aliases}")
    return "\n".join(lines) + "\n"


def _planung(rule: Rule) -> str:
    if rule.planung is not None:
        return " ".join(filter(None, (rule.planung[0], "Abhilfe: " + (rule.planung[1] or rule.abhilfe))))
    return "Geplante Beratungsfolge, noch nicht beschlossen: " + rule.meldung
