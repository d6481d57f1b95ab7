"""Everything read from configuration: safe YAML, bundled and local data files, their schemas and cache,
rule packs, the norms table, the registry, procedures and vocabularies. ``load.engine(...)`` builds an Engine."""
