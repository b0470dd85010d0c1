import type { RubricData } from "./types";

/** Version Control & CI/CD, Containers & Orchestration, Deployment & Cloud. */
export const DELIVERY_RUBRICS = {
  git: {
    adds: {
      1: [
        "Clones a repository, then stages, commits, pulls and pushes changes",
        "Creates and switches branches and merges a branch back",
        "Writes a .gitignore that keeps virtual environments, secrets and caches out",
      ],
      2: [
        "Resolves merge conflicts and rebases a feature branch onto main",
        "Rewrites local history with interactive rebase, amend and fixup before review",
        "Finds when and why a line changed with git log, git blame and git bisect",
      ],
      3: [
        "Recovers lost work with the reflog and undoes mistakes on shared branches with revert",
        "Sets a team's branching and release strategy with tags and semantic versions",
        "Explains Git's object model (blobs, trees, commits, refs) and uses hooks to enforce checks",
      ],
    },
    docs: [
      { title: "Pro Git book", url: "https://git-scm.com/book/en/v2" },
      { title: "Git reference", url: "https://git-scm.com/docs" },
    ],
  },
  "github-gitlab": {
    adds: {
      1: [
        "Opens a pull or merge request with a clear description and answers review comments",
        "Forks a repository, creates issues and links commits to them",
      ],
      2: [
        "Reviews others' pull requests with concrete, actionable comments",
        "Configures branch protection, required reviews and required status checks",
        "Uses issue templates, labels and milestones to organise work",
      ],
      3: [
        "Sets up repository permissions, CODEOWNERS and secret scanning for an organisation",
        "Defines a team's review and merge workflow and keeps pull requests small",
        "Automates repository chores with bots and the GitHub or GitLab API",
      ],
    },
    docs: [
      { title: "GitHub Docs: Pull requests", url: "https://docs.github.com/en/pull-requests" },
      { title: "GitLab documentation", url: "https://docs.gitlab.com/" },
    ],
  },
  "ci-cd": {
    adds: {
      1: [
        "Writes a GitHub Actions workflow or .gitlab-ci.yml that installs dependencies and runs the tests on every push",
        "Reads a failed pipeline's log and fixes the cause",
      ],
      2: [
        "Adds lint, type-check and test jobs with dependency caching and a Python version matrix",
        "Builds and pushes a Docker image from the pipeline with secrets stored in the CI settings",
        "Deploys automatically to a staging environment after the main branch passes",
      ],
      3: [
        "Designs pipelines with environments, manual approvals and rollbacks for production",
        "Keeps pipelines fast with parallel jobs, reusable workflows and build caches",
        "Secures the pipeline: least-privilege tokens, pinned actions and OIDC credentials for the cloud",
      ],
    },
    docs: [
      { title: "GitHub Actions documentation", url: "https://docs.github.com/en/actions" },
      { title: "GitLab CI/CD YAML syntax reference", url: "https://docs.gitlab.com/ci/yaml/" },
    ],
  },
  docker: {
    adds: {
      1: [
        "Writes a Dockerfile for a Python web app and runs it with a port and a volume",
        "Builds, tags, lists and removes images and containers, and reads container logs",
        "Passes configuration to a container through environment variables",
      ],
      2: [
        "Runs the app with PostgreSQL and Redis in Docker Compose with networks, volumes and health checks",
        "Writes multi-stage builds, orders layers for caching and keeps images small with a .dockerignore",
        "Pushes images to a registry and runs the container as a non-root user",
      ],
      3: [
        "Hardens images: minimal base, pinned versions, vulnerability scans and no secrets in layers",
        "Debugs container networking, resource limits and signal handling for graceful shutdown",
        "Explains how namespaces, cgroups and union file systems make containers work",
      ],
    },
    docs: [
      { title: "Docker: Get started", url: "https://docs.docker.com/get-started/" },
      { title: "Dockerfile reference", url: "https://docs.docker.com/reference/dockerfile/" },
      { title: "Docker Compose", url: "https://docs.docker.com/compose/" },
    ],
  },
  kubernetes: {
    adds: {
      1: [
        "Explains pods, deployments, services and namespaces and how they relate",
        "Deploys a containerised Python app with kubectl apply and reads its pod logs",
        "Inspects a failing pod with kubectl describe, logs and exec",
      ],
      2: [
        "Configures ConfigMaps, Secrets, liveness and readiness probes and resource requests",
        "Exposes an app through an Ingress with TLS",
        "Packages an app as a Helm chart with values per environment",
      ],
      3: [
        "Runs rolling updates, rollbacks and horizontal autoscaling in production",
        "Secures a cluster with RBAC, network policies and pod security settings",
        "Troubleshoots scheduling, networking and storage problems across nodes",
      ],
    },
    docs: [
      { title: "Kubernetes: Concepts", url: "https://kubernetes.io/docs/concepts/" },
      { title: "Kubernetes: Deployments", url: "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/" },
      { title: "Kubernetes Basics tutorial", url: "https://kubernetes.io/docs/tutorials/kubernetes-basics/" },
    ],
  },
  "vps-web-servers": {
    adds: {
      1: [
        "Deploys a Python app to a Linux VPS over SSH and runs it under Gunicorn or Uvicorn",
        "Puts Nginx in front as a reverse proxy that serves static files",
        "Points a domain at the server and adds a free TLS certificate with Let's Encrypt",
      ],
      2: [
        "Keeps the app running with systemd, restarts on failure and rotates its logs",
        "Tunes Gunicorn workers and timeouts, and Nginx buffering and upload limits",
        "Deploys a new version with a script and rolls back when it fails",
      ],
      3: [
        "Deploys without downtime with graceful reloads or blue-green releases",
        "Load-balances several app servers with Nginx and plans capacity from measurements",
        "Hardens Nginx with rate limits, security headers and modern TLS settings",
      ],
    },
    docs: [
      { title: "nginx documentation", url: "https://nginx.org/en/docs/" },
      { title: "Gunicorn documentation", url: "https://docs.gunicorn.org/en/stable/" },
      { title: "Gunicorn: Deploying Gunicorn", url: "https://docs.gunicorn.org/en/stable/deploy.html" },
    ],
  },
  "cloud-providers": {
    adds: {
      1: [
        "Launches a virtual machine and a managed PostgreSQL database on AWS, GCP or Azure",
        "Stores and serves files from object storage such as S3",
        "Creates users and access keys with least privilege instead of using the root account",
      ],
      2: [
        "Deploys an app to a managed service (ECS, Cloud Run, App Service or Lambda)",
        "Sets up a private network, security groups and a load balancer for an app",
        "Keeps costs in check with budgets, alerts and right-sized instances",
      ],
      3: [
        "Describes infrastructure as code with Terraform or CloudFormation and reviews changes before applying them",
        "Designs for high availability across zones, with backups and a tested disaster recovery plan",
        "Manages secrets, IAM roles and audit logs across several accounts or projects",
      ],
    },
    docs: [
      { title: "AWS Documentation", url: "https://docs.aws.amazon.com/" },
      { title: "Google Cloud documentation", url: "https://cloud.google.com/docs" },
      { title: "Azure documentation", url: "https://learn.microsoft.com/en-us/azure/" },
    ],
  },
  "logging-monitoring": {
    adds: {
      1: [
        "Uses Python's logging module with levels and loggers per module instead of print",
        "Finds the error behind a failed request in the application and web server logs",
      ],
      2: [
        "Emits structured JSON logs with request ids and sends them to a central store such as ELK or Loki",
        "Exposes Prometheus metrics from a Python app and builds a Grafana dashboard",
        "Sets up alerts on error rate and latency, and reports exceptions to Sentry",
      ],
      3: [
        "Defines SLIs and SLOs and alerts on burn rate instead of raw thresholds",
        "Adds distributed tracing with OpenTelemetry across services",
        "Runs incident reviews and turns their findings into dashboards, alerts and runbooks",
      ],
    },
    docs: [
      { title: "Python: Logging HOWTO", url: "https://docs.python.org/3/howto/logging.html" },
      { title: "Prometheus: Overview", url: "https://prometheus.io/docs/introduction/overview/" },
      { title: "OpenTelemetry: Python", url: "https://opentelemetry.io/docs/languages/python/" },
    ],
  },
} as const satisfies RubricData;
