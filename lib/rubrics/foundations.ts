import type { RubricData } from "./types";

/** Internet & Networking, OS & Terminal, Programming Language, Algorithms & Data Structures. */
export const FOUNDATIONS_RUBRICS = {
  "internet-networking-basics": {
    adds: {
      1: [
        "Explains what happens between typing a URL and seeing the page: DNS lookup, TCP connection, TLS, HTTP request and response",
        "Reads an HTTP exchange in the browser's network tab or curl -v: method, status code, headers, body",
        "Tells apart 2xx, 3xx, 4xx and 5xx status codes and names a typical cause of each",
      ],
      2: [
        "Debugs a failing request with dig, curl and ss or netstat: wrong DNS record, closed port, refused or timed-out connection",
        "Explains what a reverse proxy, a load balancer and a CDN each do in front of a Python app",
        "Configures HTTP caching with Cache-Control, ETag and conditional requests, and knows when a response must not be cached",
      ],
      3: [
        "Diagnoses latency across DNS, TCP handshakes, TLS and keep-alive from a packet capture or timing breakdown",
        "Designs a service's network layout: public and private subnets, firewall rules, TLS termination and internal service names",
        "Explains the trade-offs of HTTP/1.1, HTTP/2 and HTTP/3 for an API and chooses one for a given load",
      ],
    },
    docs: [
      { title: "RFC 9110: HTTP Semantics", url: "https://www.rfc-editor.org/rfc/rfc9110" },
      { title: "Python: Socket Programming HOWTO", url: "https://docs.python.org/3/howto/sockets.html" },
      { title: "RFC 1034: Domain Names, Concepts and Facilities", url: "https://www.rfc-editor.org/rfc/rfc1034" },
    ],
  },
  "linux-basics": {
    adds: {
      1: [
        "Moves around the file system and manages files with cd, ls, cp, mv, rm, mkdir and find",
        "Reads and changes file permissions and owners with ls -l, chmod and chown",
        "Finds text in files and logs with grep, less, head and tail -f",
      ],
      2: [
        "Manages processes: finds them with ps and top, stops them with kill, and reads their exit status",
        "Runs an app as a systemd service, then starts, stops and reads its logs with systemctl and journalctl",
        "Sets up SSH key login to a server and copies files with scp or rsync",
      ],
      3: [
        "Investigates a slow or stuck server with top, vmstat, iostat, lsof and strace and names the bottleneck",
        "Hardens a server: non-root users, sudo rules, SSH without passwords, a firewall and automatic security updates",
        "Explains how users, groups, file descriptors, signals and cgroups limit and isolate a running process",
      ],
    },
    docs: [
      { title: "The Linux man-pages project", url: "https://man7.org/linux/man-pages/" },
      { title: "GNU Coreutils manual", url: "https://www.gnu.org/software/coreutils/manual/coreutils.html" },
    ],
  },
  "bash-shell-scripting": {
    adds: {
      1: [
        "Chains commands with pipes and redirects standard output and standard error to files",
        "Writes a script with variables, if tests and a for loop that takes command-line arguments",
        "Sets and exports environment variables and makes a script executable with a shebang line",
      ],
      2: [
        "Starts scripts with set -euo pipefail and quotes every variable expansion correctly",
        "Writes functions, parses options with getopts and returns meaningful exit codes",
        "Processes text in a pipeline with sed, awk, sort, uniq and xargs",
      ],
      3: [
        "Writes deployment and backup scripts that are idempotent, clean up with trap and are safe to rerun after a failure",
        "Keeps scripts clean under ShellCheck and knows when a task should move from Bash to Python",
        "Explains subshells, process substitution, word splitting and globbing, and fixes bugs they cause",
      ],
    },
    docs: [{ title: "GNU Bash Reference Manual", url: "https://www.gnu.org/software/bash/manual/bash.html" }],
  },
  "python-fundamentals": {
    adds: {
      1: [
        "Writes scripts with variables, if/elif/else, for and while loops, and functions with default arguments",
        "Uses lists, tuples, dicts and sets, and picks the right one for a lookup, a sequence or unique values",
        "Reads a traceback to find the failing line and fixes the error",
      ],
      2: [
        "Uses comprehensions, unpacking, f-strings and slicing fluently",
        "Handles errors with try/except/else/finally, raises specific exceptions and defines their own exception classes",
        "Organises code into modules and packages, reads and writes files with context managers, and uses pathlib and json",
      ],
      3: [
        "Writes generators and decorators, and explains how iterators, closures and scopes work",
        "Explains mutability, object identity and references, and avoids the mutable default argument bug",
        "Reads the standard library documentation to pick the right module (collections, itertools, functools, datetime) before writing code",
      ],
    },
    docs: [
      { title: "The Python Tutorial", url: "https://docs.python.org/3/tutorial/index.html" },
      { title: "The Python Standard Library", url: "https://docs.python.org/3/library/index.html" },
      { title: "The Python Language Reference", url: "https://docs.python.org/3/reference/index.html" },
    ],
  },
  "oop-advanced-python": {
    adds: {
      1: [
        "Writes classes with __init__, instance attributes, methods and properties",
        "Uses inheritance and super() to extend a base class, and knows when composition fits better",
        "Writes dataclasses for plain records",
      ],
      2: [
        "Implements dunder methods such as __repr__, __eq__, __iter__ and __enter__/__exit__ for their own types",
        "Adds type hints that mypy or pyright checks, including generics and Protocol",
        "Uses abstract base classes, classmethods and staticmethods where each fits",
      ],
      3: [
        "Writes async code with asyncio: async def, await, tasks and gather, and never blocks the event loop",
        "Explains method resolution order, descriptors and metaclasses, and when not to use them",
        "Profiles code with cProfile and explains the effect of the GIL on threads versus processes",
      ],
    },
    docs: [
      { title: "Python Tutorial: Classes", url: "https://docs.python.org/3/tutorial/classes.html" },
      { title: "Python: Data model", url: "https://docs.python.org/3/reference/datamodel.html" },
      { title: "asyncio: Asynchronous I/O", url: "https://docs.python.org/3/library/asyncio.html" },
    ],
  },
  "language-oriented-algorithms": {
    adds: {
      1: [
        "Sorts lists of records with sorted() and a key function, including by several fields",
        "Counts, groups and filters data with dicts, sets and comprehensions instead of nested loops",
        "Writes linear search, binary search and simple recursion by hand",
      ],
      2: [
        "States the big-O time of list, dict and set operations and removes quadratic loops from real code",
        "Uses itertools, collections.Counter, heapq and bisect for grouping, top-k and ordered inserts",
        "Processes large files lazily with generators so memory stays flat",
      ],
      3: [
        "Measures competing implementations with timeit and chooses by data size, not by guess",
        "Rewrites recursive solutions as iterative ones and adds memoization with functools.cache",
        "Explains how Python's sort (Timsort) and dict hashing work and what that means for keys and stability",
      ],
    },
    docs: [
      { title: "Python: Sorting Techniques", url: "https://docs.python.org/3/howto/sorting.html" },
      { title: "itertools: Functions creating iterators for efficient looping", url: "https://docs.python.org/3/library/itertools.html" },
      { title: "Python Wiki: TimeComplexity", url: "https://wiki.python.org/moin/TimeComplexity" },
    ],
  },
  "problem-solving-data-structures": {
    adds: {
      1: [
        "Breaks a small problem into steps and writes the examples and edge cases before the code",
        "Implements a stack and a queue with list and collections.deque",
        "Solves easy array and string exercises using two pointers or a hash map",
      ],
      2: [
        "Traverses trees and graphs with breadth-first and depth-first search",
        "Uses heaps, sliding windows and prefix sums to solve medium exercises within the time limit",
        "Explains the time and space complexity of their own solution and improves it",
      ],
      3: [
        "Solves dynamic programming problems by defining the state and the recurrence",
        "Picks a data structure for a production feature (trie, LRU cache, interval tree) and justifies it",
        "Explains the trade-offs of several solutions clearly in an interview or a design review",
      ],
    },
    docs: [
      { title: "Python Tutorial: Data Structures", url: "https://docs.python.org/3/tutorial/datastructures.html" },
      { title: "collections: Container datatypes", url: "https://docs.python.org/3/library/collections.html" },
      { title: "heapq: Heap queue algorithm", url: "https://docs.python.org/3/library/heapq.html" },
    ],
  },
} as const satisfies RubricData;
