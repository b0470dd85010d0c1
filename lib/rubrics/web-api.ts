import type { RubricData } from "./types";

/** Python Web Frameworks, API Design & Integration. */
export const WEB_API_RUBRICS = {
  django: {
    adds: {
      1: [
        "Starts a Django project and app and serves pages through URLconf, views and templates",
        "Defines models, registers them in the admin and manages data there",
        "Handles a form with validation and shows its errors",
      ],
      2: [
        "Builds class-based views, ModelForms and custom middleware",
        "Uses the authentication system with login, permissions and a custom user model",
        "Splits settings per environment and serves static files in production",
        "Builds a JSON API with Django REST framework serializers and viewsets",
      ],
      3: [
        "Profiles and speeds up a Django app with query analysis, caching and database indexes",
        "Uses signals, custom management commands and async views where they fit",
        "Runs through the deployment checklist and upgrades a project across Django major versions",
      ],
    },
    docs: [
      { title: "Django documentation", url: "https://docs.djangoproject.com/en/stable/" },
      { title: "Writing your first Django app", url: "https://docs.djangoproject.com/en/stable/intro/tutorial01/" },
      { title: "Django: Deployment checklist", url: "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/" },
    ],
  },
  flask: {
    adds: {
      1: [
        "Writes a Flask app with routes, URL parameters and Jinja templates",
        "Reads query strings, form data and JSON from the request and returns JSON responses",
        "Runs the app with the development server in debug mode",
      ],
      2: [
        "Structures an app with an application factory and blueprints",
        "Connects a database with Flask-SQLAlchemy and manages migrations with Flask-Migrate",
        "Writes error handlers, configuration per environment and request hooks",
      ],
      3: [
        "Explains the application and request contexts and writes a Flask extension",
        "Secures sessions and cookies and adds rate limiting and CSRF protection",
        "Deploys Flask behind Gunicorn and Nginx and tunes its workers",
      ],
    },
    docs: [
      { title: "Flask documentation", url: "https://flask.palletsprojects.com/en/stable/" },
      { title: "Flask Tutorial", url: "https://flask.palletsprojects.com/en/stable/tutorial/" },
      { title: "Flask: Modular Applications with Blueprints", url: "https://flask.palletsprojects.com/en/stable/blueprints/" },
    ],
  },
  fastapi: {
    adds: {
      1: [
        "Writes FastAPI path operations with path and query parameters and Pydantic request bodies",
        "Uses the generated /docs page to try the API and reads its OpenAPI schema",
        "Returns response models and proper status codes",
      ],
      2: [
        "Uses dependency injection for database sessions, settings and the current user",
        "Writes async endpoints that call async database and HTTP clients without blocking",
        "Adds OAuth2 with JWT bearer tokens and background tasks",
      ],
      3: [
        "Designs a FastAPI service's layers (routers, services, repositories) and tests it with dependency overrides",
        "Runs FastAPI under Uvicorn workers with lifespan events and connection pools",
        "Explains how Starlette and Pydantic do the work under FastAPI and writes custom middleware",
      ],
    },
    docs: [
      { title: "FastAPI Tutorial - User Guide", url: "https://fastapi.tiangolo.com/tutorial/" },
      { title: "FastAPI: Dependencies", url: "https://fastapi.tiangolo.com/tutorial/dependencies/" },
      { title: "FastAPI: Concurrency and async / await", url: "https://fastapi.tiangolo.com/async/" },
    ],
  },
  rest: {
    adds: {
      1: [
        "Designs resource URLs and maps create, read, update and delete to POST, GET, PUT or PATCH and DELETE",
        "Returns the right status codes (200, 201, 204, 400, 404) with JSON bodies",
        "Calls a third-party REST API from Python with requests or httpx and handles its errors",
      ],
      2: [
        "Adds pagination, filtering, sorting and a consistent error format to an API",
        "Documents an API with an OpenAPI description that clients can generate code from",
        "Makes PUT and DELETE idempotent and explains what that protects against",
      ],
      3: [
        "Versions an API and evolves it without breaking existing clients",
        "Designs idempotency keys, rate limits and retries with backoff for unreliable integrations",
        "Reviews an API design for consistency, caching and security and writes the guidelines",
      ],
    },
    docs: [
      { title: "OpenAPI Specification", url: "https://spec.openapis.org/oas/latest.html" },
      { title: "Django REST framework", url: "https://www.django-rest-framework.org/" },
      { title: "RFC 9457: Problem Details for HTTP APIs", url: "https://www.rfc-editor.org/rfc/rfc9457" },
    ],
  },
  graphql: {
    adds: {
      1: [
        "Writes GraphQL queries with fields, arguments and variables against an existing API",
        "Defines a schema with types, queries and mutations in Strawberry or Graphene",
      ],
      2: [
        "Writes resolvers that batch database access with DataLoader to avoid N+1 queries",
        "Adds authentication, input validation and useful errors to a GraphQL API",
        "Implements cursor-based pagination",
      ],
      3: [
        "Protects a GraphQL API with query depth and complexity limits",
        "Evolves a schema with deprecations instead of breaking changes",
        "Explains when GraphQL beats REST for a product and when it does not",
      ],
    },
    docs: [
      { title: "Learn GraphQL", url: "https://graphql.org/learn/" },
      { title: "GraphQL Specification", url: "https://spec.graphql.org/" },
      { title: "Strawberry GraphQL documentation", url: "https://strawberry.rocks/docs" },
    ],
  },
  websocket: {
    adds: {
      1: [
        "Explains how a WebSocket connection starts from an HTTP upgrade and differs from polling",
        "Writes a WebSocket endpoint in FastAPI or Django Channels that echoes and broadcasts messages",
      ],
      2: [
        "Authenticates WebSocket connections and groups clients into rooms",
        "Handles disconnects, reconnects and heartbeats on server and client",
        "Fans messages out across several server processes through Redis pub/sub",
      ],
      3: [
        "Scales WebSocket servers behind a load balancer and plans for many open connections",
        "Designs a message protocol with types, acknowledgements and backpressure",
        "Chooses between WebSocket, Server-Sent Events and long polling for a feature",
      ],
    },
    docs: [
      { title: "RFC 6455: The WebSocket Protocol", url: "https://www.rfc-editor.org/rfc/rfc6455" },
      { title: "FastAPI: WebSockets", url: "https://fastapi.tiangolo.com/advanced/websockets/" },
      { title: "Django Channels documentation", url: "https://channels.readthedocs.io/en/latest/" },
    ],
  },
  "authentication-authorization": {
    adds: {
      1: [
        "Adds sign-up and login with hashed passwords using the framework's auth system",
        "Explains the difference between authentication and authorization, and between sessions and tokens",
        "Protects views or endpoints so that only signed-in users can reach them",
      ],
      2: [
        "Implements role- or permission-based access checks, including object ownership",
        "Issues and verifies JWTs with expiry, and refreshes them safely",
        "Adds password reset by email with single-use, expiring tokens",
      ],
      3: [
        "Integrates OAuth 2.0 and OpenID Connect login with an external identity provider",
        "Adds multi-factor authentication, login throttling and session revocation",
        "Reviews an auth design for token storage, CSRF and session fixation risks",
      ],
    },
    docs: [
      { title: "Django: User authentication", url: "https://docs.djangoproject.com/en/stable/topics/auth/" },
      { title: "OWASP Authentication Cheat Sheet", url: "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html" },
      { title: "RFC 6749: The OAuth 2.0 Authorization Framework", url: "https://www.rfc-editor.org/rfc/rfc6749" },
    ],
  },
  "security-owasp": {
    adds: {
      1: [
        "Names the OWASP Top 10 risks and gives a back-end example of each",
        "Prevents SQL injection with parameterised queries and keeps secrets out of the code and the repository",
        "Validates and escapes user input and serves the app only over HTTPS",
      ],
      2: [
        "Configures CSRF protection, secure cookies, CORS and security headers such as CSP and HSTS",
        "Scans dependencies and code with pip-audit and Bandit in CI and fixes what they find",
        "Logs security events without leaking passwords, tokens or personal data",
      ],
      3: [
        "Threat-models a feature and writes the mitigations into the design",
        "Reviews code for access control flaws, SSRF and insecure deserialization",
        "Leads the response to a vulnerability: triage, fix, rotation of secrets and disclosure",
      ],
    },
    docs: [
      { title: "OWASP Top Ten", url: "https://owasp.org/www-project-top-ten/" },
      { title: "Django: Security", url: "https://docs.djangoproject.com/en/stable/topics/security/" },
      { title: "OWASP Cheat Sheet Series", url: "https://cheatsheetseries.owasp.org/" },
    ],
  },
} as const satisfies RubricData;
