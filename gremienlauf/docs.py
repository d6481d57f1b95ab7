"""Documentation rendered from the data: rule tables, rule reference, procedure diagrams, registry."""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from gremienlauf.engine.procedure import Procedure
from gremienlauf.engine.registry import Registry
from gremienlauf.engine.rules import Pack, Rule

SCHWERE = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}


def rule_table(packs: Iterable[Pack], stichtag: date) -> str:
    lines = []
    for pack in packs:
        scope = pack.land or (f"Körperschaft {pack.koerperschaft}" if pack.koerperschaft else "Bund/allgemein")
        lines.append(f"{pack.id} {pack.version} – {pack.titel} [{scope}]")
        for rule in pack.rules:
            version = rule.version_at(stichtag)
            zitat = version.zitat("", "") if version else f"(gilt am {stichtag:%d.%m.%Y} nicht)"
            flag = "" if rule.belegt else "  [enthält nicht verifizierte Fundstellen]"
            lines.append(f"  {rule.code}  {SCHWERE[rule.schwere]:<8} {rule.name}{flag}")
            lines.append(f"         {zitat}")
        lines.append("")
    return "\n".join(lines)


def describe(packs: Iterable[Pack], codes: tuple[str, ...], fmt: str) -> str:
    chosen = [(p, r) for p in packs for r in p.rules if not codes or r.code in codes]
    render = _markdown if fmt == "markdown" else _text
    return "".join(render(pack, rule) for pack, rule in chosen)


def _versions(rule: Rule) -> list[tuple[str, str, list[str]]]:
    out = []
    for v in rule.versionen:
        urls = [c.url for c in v.zitate if c.url]
        out.append((v.zeitraum(), "; ".join(c.text() for c in v.zitate), urls))
    return out


def _text(pack: Pack, rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name} – {rule.titel}", f"  Schwere: {SCHWERE[rule.schwere]}, Paket: {pack.id} {pack.version}"]
    for period, zitat, urls in _versions(rule):
        lines.append(f"  {period}: {zitat}")
        lines.extend(f"      {u}" for u in urls)
    lines.append("  " + rule.beschreibung)
    if rule.abhilfe:
        lines.append(f"  Abhilfe: {rule.abhilfe}")
    if rule.verdraengt:
        lines.append(f"  Verdrängt, wenn sie greift: {', '.join(rule.verdraengt)}")
    return "\n".join(lines) + "\n\n"


def _markdown(pack: Pack, rule: Rule) -> str:
    lines = [f"### {rule.code} – {rule.titel}", "", f"`{rule.name}` · {SCHWERE[rule.schwere]} · Paket `{pack.id}`", ""]
    lines.append("| gilt | Rechtsgrundlage |")
    lines.append("|---|---|")
    for period, zitat, urls in _versions(rule):
        link = f" ([Quelle]({urls[0]}))" if urls else ""
        lines.append(f"| {period} | {zitat}{link} |")
    lines += ["", rule.beschreibung, ""]
    if rule.abhilfe:
        lines += [f"**Abhilfe:** {rule.abhilfe}", ""]
    return "\n".join(lines) + "\n"


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
    lines = []
    for body in sorted(registry.bodies.values(), key=lambda b: b.id):
        ja = "eigenes Jugendamt" if body.jugendamt else f"Jugendamt: {body.jugendhilfetraeger or '—'}"
        lines.append(f"{body.id:<24} {body.name} ({body.typ}, {body.land}; {ja})")
        for org in body.organizations:
            aliases = f" – auch: {', '.join(org.aliases)}" if org.aliases else ""
            lines.append(f"    {org.id:<26} {org.name} [{org.art}]{aliases}")
    return "\n".join(lines) + "\n"
