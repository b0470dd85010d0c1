import type { RubricData } from "./types";

/** Package & Env Management, Databases. */
export const PACKAGING_DATABASES_RUBRICS = {
  "pip-virtualenv": {
    adds: {
      1: [
        "Creates and activates a virtual environment with python -m venv for each project",
        "Installs, upgrades and removes packages with pip and records them in requirements.txt",
        "Recreates a project's environment on a fresh machine from its requirements file",
      ],
      2: [
        "Pins exact versions and separates development dependencies from production ones",
        "Resolves a dependency conflict by reading pip's resolver error and adjusting constraints",
        "Installs their own package in editable mode from a pyproject.toml",
      ],
      3: [
        "Builds reproducible installs with hashed requirements (pip-tools or pip install --require-hashes)",
        "Builds a wheel and an sdist and publishes a package to a private index or PyPI",
        "Audits dependencies for known vulnerabilities and plans upgrades across Python versions",
      ],
    },
    docs: [
      { title: "venv: Creation of virtual environments", url: "https://docs.python.org/3/library/venv.html" },
      { title: "pip User Guide", url: "https://pip.pypa.io/en/stable/user_guide/" },
      { title: "Python Packaging User Guide: Installing packages", url: "https://packaging.python.org/en/latest/tutorials/installing-packages/" },
    ],
  },
  "poetry-pipenv": {
    adds: {
      1: [
        "Starts a project with Poetry or Pipenv, adds dependencies and runs commands inside its environment",
        "Commits the lock file and installs exactly what it records on another machine",
      ],
      2: [
        "Uses dependency groups to keep test and lint tools out of the production install",
        "Updates one dependency without touching the others and reads the lock file diff",
        "Installs the locked dependencies in a CI job and in a Docker image",
      ],
      3: [
        "Configures private package sources, version constraints and scripts in pyproject.toml",
        "Publishes a library with Poetry, with semantic versions and a changelog",
        "Compares Poetry, Pipenv, pip-tools and uv for a team and migrates a project between them",
      ],
    },
    docs: [
      { title: "Poetry documentation", url: "https://python-poetry.org/docs/" },
      { title: "Pipenv documentation", url: "https://pipenv.pypa.io/en/latest/" },
      { title: "pyproject.toml specification", url: "https://packaging.python.org/en/latest/specifications/pyproject-toml/" },
    ],
  },
  "relational-db-sql": {
    adds: {
      1: [
        "Writes SELECT queries with WHERE, ORDER BY, LIMIT and GROUP BY with aggregates",
        "Joins two or three tables with INNER JOIN and LEFT JOIN and explains the difference in results",
        "Creates tables with primary keys, foreign keys, NOT NULL and UNIQUE constraints",
      ],
      2: [
        "Designs a normalised schema for a feature and writes the migration for it",
        "Adds an index for a slow query and confirms the gain with EXPLAIN ANALYZE",
        "Uses transactions and explains what READ COMMITTED allows that SERIALIZABLE does not",
        "Writes subqueries, common table expressions and window functions",
      ],
      3: [
        "Tunes PostgreSQL queries and indexes (composite, partial, covering) from real query plans",
        "Plans zero-downtime schema changes on large tables and sets up backups with tested restores",
        "Resolves lock contention and deadlocks, and sizes connection pools",
      ],
    },
    docs: [
      { title: "PostgreSQL Tutorial", url: "https://www.postgresql.org/docs/current/tutorial.html" },
      { title: "PostgreSQL: Indexes", url: "https://www.postgresql.org/docs/current/indexes.html" },
      { title: "PostgreSQL: Using EXPLAIN", url: "https://www.postgresql.org/docs/current/using-explain.html" },
    ],
  },
  nosql: {
    adds: {
      1: [
        "Inserts, finds, updates and deletes MongoDB documents from Python with PyMongo",
        "Explains when a document store fits better than a relational table, and when it does not",
      ],
      2: [
        "Models one-to-many data by choosing between embedding and referencing documents",
        "Writes aggregation pipelines with $match, $group, $lookup and $project",
        "Creates indexes and checks with explain() that queries use them",
      ],
      3: [
        "Designs a schema from the application's access patterns and plans a shard key",
        "Configures replica sets, read and write concerns, and explains the consistency each gives",
        "Compares MongoDB, Redis, Cassandra and DynamoDB for a workload and justifies the choice",
      ],
    },
    docs: [
      { title: "MongoDB Manual", url: "https://www.mongodb.com/docs/manual/" },
      { title: "MongoDB: Data Modeling", url: "https://www.mongodb.com/docs/manual/data-modeling/" },
      { title: "MongoDB: Aggregation Operations", url: "https://www.mongodb.com/docs/manual/aggregation/" },
    ],
  },
  orm: {
    adds: {
      1: [
        "Defines models with fields and relations in the Django ORM or SQLAlchemy",
        "Creates, reads, updates and deletes rows through the ORM and filters querysets",
        "Generates and applies migrations with makemigrations and migrate, or Alembic",
      ],
      2: [
        "Finds N+1 queries and fixes them with select_related, prefetch_related or joinedload",
        "Writes aggregations, annotations and F or Q expressions instead of looping in Python",
        "Wraps related writes in a transaction (transaction.atomic or a SQLAlchemy session)",
      ],
      3: [
        "Reads the SQL the ORM emits, and drops to raw SQL where the ORM falls short",
        "Writes data migrations and reversible schema migrations that are safe on a live database",
        "Handles concurrent updates with select_for_update or optimistic locking",
      ],
    },
    docs: [
      { title: "Django: Making queries", url: "https://docs.djangoproject.com/en/stable/topics/db/queries/" },
      { title: "SQLAlchemy Unified Tutorial", url: "https://docs.sqlalchemy.org/en/20/tutorial/index.html" },
      { title: "Django: Database access optimization", url: "https://docs.djangoproject.com/en/stable/topics/db/optimization/" },
    ],
  },
} as const satisfies RubricData;
