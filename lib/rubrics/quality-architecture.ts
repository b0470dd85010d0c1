import type { RubricData } from "./types";

/** Testing, Caching & Message Queues, Architecture & Patterns. */
export const QUALITY_ARCHITECTURE_RUBRICS = {
  "unittest-pytest": {
    adds: {
      1: [
        "Writes pytest test functions with plain assert statements and runs them from the command line",
        "Tests that a function raises the expected exception with pytest.raises",
        "Reads a failing test's output to see what was expected and what came back",
      ],
      2: [
        "Shares setup with fixtures and scopes, and covers many cases with parametrize",
        "Replaces slow or external dependencies with unittest.mock or monkeypatch, without mocking the code under test",
        "Measures coverage with coverage.py and adds tests for the untested branches",
      ],
      3: [
        "Designs a test suite that stays fast and reliable: test pyramid, no flaky tests, parallel runs with pytest-xdist",
        "Writes property-based tests with Hypothesis for tricky logic",
        "Writes custom fixtures, markers and conftest plugins that the whole team uses",
      ],
    },
    docs: [
      { title: "pytest documentation", url: "https://docs.pytest.org/en/stable/" },
      { title: "unittest: Unit testing framework", url: "https://docs.python.org/3/library/unittest.html" },
      { title: "unittest.mock: mock object library", url: "https://docs.python.org/3/library/unittest.mock.html" },
    ],
  },
  "integration-api-tests": {
    adds: {
      1: [
        "Tests endpoints with the framework's test client and checks status codes and JSON bodies",
        "Runs tests against a real test database that is created and cleaned for each run",
      ],
      2: [
        "Tests authentication and permission rules for every protected endpoint",
        "Starts PostgreSQL and Redis for tests with Docker Compose or Testcontainers instead of mocks",
        "Builds test data with factories (factory_boy) rather than shared fixtures files",
      ],
      3: [
        "Writes contract tests between services and runs them in CI",
        "Keeps integration tests isolated and parallel: one database per worker, no shared state",
        "Adds end-to-end smoke tests that run against every deployment",
      ],
    },
    docs: [
      { title: "Django: Testing tools", url: "https://docs.djangoproject.com/en/stable/topics/testing/tools/" },
      { title: "FastAPI: Testing", url: "https://fastapi.tiangolo.com/tutorial/testing/" },
      { title: "Flask: Testing Flask Applications", url: "https://flask.palletsprojects.com/en/stable/testing/" },
    ],
  },
  redis: {
    adds: {
      1: [
        "Stores and reads strings, hashes and lists with redis-cli and redis-py",
        "Caches an expensive query result with an expiry (SET with EX, or EXPIRE)",
        "Uses Redis as the cache backend of Django or Flask",
      ],
      2: [
        "Picks a caching pattern (cache-aside, write-through) and invalidates entries when data changes",
        "Builds counters, rate limiters and leaderboards with INCR and sorted sets",
        "Uses pipelines and transactions with MULTI and EXEC to cut round trips",
      ],
      3: [
        "Prevents cache stampedes and hot keys, and writes atomic operations as Lua scripts",
        "Configures persistence (RDB, AOF), eviction policies and memory limits for a workload",
        "Runs Redis with replication and Sentinel or Cluster and plans for failover",
      ],
    },
    docs: [
      { title: "Redis documentation", url: "https://redis.io/docs/latest/" },
      { title: "Redis: Understand data types", url: "https://redis.io/docs/latest/develop/data-types/" },
      { title: "redis-py documentation", url: "https://redis.readthedocs.io/en/stable/" },
    ],
  },
  "rabbitmq-kafka": {
    adds: {
      1: [
        "Explains queues, producers, consumers and why a web request hands slow work to a background worker",
        "Runs background tasks with Celery on a RabbitMQ or Redis broker",
      ],
      2: [
        "Makes consumers idempotent and configures acknowledgements, retries and dead-letter queues",
        "Uses RabbitMQ exchanges (direct, topic, fanout) to route messages",
        "Produces and consumes Kafka topics with consumer groups and explains partitions and offsets",
      ],
      3: [
        "Designs event-driven flows with ordering, exactly-once or at-least-once delivery and the outbox pattern",
        "Monitors queue depth and consumer lag and scales consumers from them",
        "Chooses between RabbitMQ, Kafka and a database queue for a workload and justifies it",
      ],
    },
    docs: [
      { title: "RabbitMQ Tutorials", url: "https://www.rabbitmq.com/tutorials" },
      { title: "Apache Kafka documentation", url: "https://kafka.apache.org/documentation/" },
      { title: "Celery documentation", url: "https://docs.celeryq.dev/en/stable/" },
    ],
  },
  "design-patterns": {
    adds: {
      1: [
        "Recognises Factory, Strategy, Adapter, Observer and Decorator in framework code they use",
        "Applies the single responsibility principle to split a long function or class",
      ],
      2: [
        "Applies the SOLID principles and refactors tangled code into well-named patterns",
        "Uses the Repository and Unit of Work patterns to keep business logic apart from the ORM",
        "Injects dependencies through constructors or function arguments so code can be tested",
      ],
      3: [
        "Chooses between a pattern and plain functions in Python, and avoids patterns that only add layers",
        "Leads a refactoring of a legacy module towards clear boundaries without stopping feature work",
        "Explains the trade-offs of the chosen patterns in design reviews and documents them",
      ],
    },
    docs: [
      { title: "Catalog of Patterns of Enterprise Application Architecture", url: "https://martinfowler.com/eaaCatalog/" },
      { title: "abc: Abstract Base Classes", url: "https://docs.python.org/3/library/abc.html" },
    ],
  },
  "microservices-clean-architecture": {
    adds: {
      1: [
        "Explains the difference between a monolith and microservices and the costs of each",
        "Structures a project in layers (API, domain, data access) with dependencies pointing inwards",
      ],
      2: [
        "Splits a domain into bounded contexts and defines the API between two services",
        "Makes calls between services reliable with timeouts, retries and circuit breakers",
        "Applies the Twelve-Factor rules: config in the environment, stateless processes, logs to stdout",
      ],
      3: [
        "Decides when to split a service out of a monolith, and plans the data migration",
        "Designs distributed transactions with sagas and eventual consistency",
        "Sets up tracing, health checks and ownership for each service",
      ],
    },
    docs: [
      { title: "Microservices (Martin Fowler)", url: "https://martinfowler.com/articles/microservices.html" },
      { title: "The Twelve-Factor App", url: "https://12factor.net/" },
      { title: "The Clean Architecture", url: "https://blog.cleancoder.com/uncle-bob/2012/08/13/the-clean-architecture.html" },
    ],
  },
} as const satisfies RubricData;
