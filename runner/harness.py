"""Python half of pyjudge-runner. Compiled into the runner binary.

Runs in the submission process (import scan, static rules, compilation) and in
each test process (loading the candidate, running the driver, describing the
exception). Nothing here trusts the candidate's objects: observations are
serialised in C++ by exact type; this file only handles code and exceptions.
"""
import _ast as ast  # the builtin node classes: importing ast.py would cost ~10 ms at start-up
import os  # once in the warm runner: in each submission process it cost ~4 ms (pages copied after fork)
import sys
import types

# Top-level modules a submission may import. They are imported before the
# lockdown (the sandbox cannot open files afterwards), so importing one must
# have no side effect beyond defining names. See docs/sandbox.md.
ALLOWED_MODULES = frozenset("""
    abc array asyncio base64 binascii bisect builtins calendar cmath collections
    concurrent contextlib contextvars copy csv dataclasses datetime decimal difflib
    enum errno fractions functools gc hashlib heapq hmac inspect io itertools json
    importlib keyword linecache locale math numbers operator os pickle pprint queue random re
    reprlib secrets select selectors signal socket sqlite3 statistics string struct
    subprocess sys tempfile textwrap threading time timeit tokenize traceback types
    typing unicodedata unittest uuid warnings weakref zlib
""".split())

# Refused whoever imports them (importlib.import_module too): with raw memory
# access a candidate could read the result seal key; multiprocessing (also
# under concurrent.futures.ProcessPoolExecutor) needs process creation, which
# the sandbox forbids: a clear ImportError beats a bare PermissionError later.
DENIED_MODULES = frozenset({"ctypes", "_ctypes", "cffi", "multiprocessing", "_multiprocessing"})

TEST_FILENAME = "<test>"

# The runner's own path would tell a candidate where the judge is installed.
sys.executable = sys._base_executable = ""
_ONLY_AST = 0x400  # ast.PyCF_ONLY_AST


def _parse(source):
    return compile(source, "<ast>", "exec", _ONLY_AST, dont_inherit=True)


def _iter_child_nodes(node):
    for name in node._fields:
        field = getattr(node, name, None)
        if isinstance(field, ast.AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, ast.AST):
                    yield item


def _walk(node):
    todo = [node]
    while todo:
        node = todo.pop()
        todo.extend(_iter_child_nodes(node))
        yield node


def _top(name):
    return name.partition(".")[0]


def imported_modules(sources):
    """Allowed module names that the sources import, in a stable order."""
    names = set()
    for source in sources:
        try:
            tree = _parse(source)
        except (SyntaxError, ValueError):
            continue
        for node in _walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
                # `from concurrent import futures` names a submodule.
                names.update(node.module + "." + alias.name for alias in node.names)
    return sorted(n for n in names if _top(n) in ALLOWED_MODULES)


def preload(names):
    """Import what the submission will need while files can still be opened."""
    for name in names:
        try:
            __import__(name)
        except Exception:
            pass  # the candidate gets the real error when it imports it


class _ImportGate:
    """Refuses imports of modules outside the allowlist made by candidate or test code."""

    def __init__(self, candidate_filename):
        self.guarded = {candidate_filename, TEST_FILENAME}

    def find_spec(self, name, path=None, target=None):
        top = _top(name)
        if top not in DENIED_MODULES and (top in ALLOWED_MODULES or not self._called_from_guarded_code()):
            return None
        raise ModuleNotFoundError(f"module {name!r} is not available in the sandbox", name=name)

    def _called_from_guarded_code(self):
        frame = sys._getframe(2)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
            frame = frame.f_back
        return frame is not None and frame.f_code.co_filename in self.guarded


def sys_path():
    """The directories of the stdlib: the only code the sandbox may still read."""
    return [p for p in sys.path if os.path.isdir(p)]


def clear_environ():
    """os.environ is a copy made at start-up; the process environment is already empty."""
    os.environ.clear()


def compile_candidate(source, filename):
    return compile(source, filename, "exec", dont_inherit=True)


def compile_test(kind, code, modules):
    """A test's driver, and the modules ((name, source) pairs) it puts in place
    before the candidate loads, each compiled under the name "<name>" so that
    its frames never show in the candidate's tracebacks."""
    driver = compile(code, TEST_FILENAME, "eval" if kind == "call" else "exec", dont_inherit=True)
    return driver, [(name, compile(source, f"<{name}>", "exec", dont_inherit=True)) for name, source in modules]


# ----- static rules -------------------------------------------------------

def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _aliases(tree):
    """What each name bound by an import stands for: after `import contextlib as c`
    and `from functools import lru_cache as lc`, {'c': {'contextlib'},
    'lc': {'functools.lru_cache'}}. Scopes are ignored: a name bound by an import
    anywhere is resolved everywhere, which can only find more, never less."""
    aliases = {}
    for node in _walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases.setdefault(alias.asname, set()).add(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name != "*":
                    aliases.setdefault(alias.asname or alias.name, set()).add(f"{node.module}.{alias.name}")
    return aliases


def _used_names(tree):
    """Every name, dotted attribute chain and imported name in the tree, each
    with (first line, how it was written). A chain that starts with an import
    alias is also recorded under what the alias stands for: `c.suppress` after
    `import contextlib as c` is `contextlib.suppress` too."""
    aliases = _aliases(tree)
    used = {}

    def add(name, node, written=None):
        line = getattr(node, "lineno", 0)
        known = used.get(name)
        if known is None or (line and (not known[0] or line < known[0])):
            used[name] = (line, written or name)

    def add_chain(dotted, node):
        add(dotted, node)
        head, dot, rest = dotted.partition(".")
        for target in aliases.get(head, ()):
            add(target + dot + rest, node, dotted)

    for node in _walk(tree):
        if isinstance(node, ast.Name):
            add_chain(node.id, node)
        elif isinstance(node, ast.Attribute):
            add(node.attr, node)
            dotted = _dotted(node)
            if dotted:
                add_chain(dotted, node)
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                add(alias.name, node)
                add(node.module + "." + alias.name, node)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node)
        elif isinstance(node, ast.Call) and _dotted(node.func) in ("getattr", "__import__"):
            strings = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            for value in strings:
                add(value, node)
            # getattr(c, "suppress") is c.suppress
            owner = _dotted(node.args[0]) if node.args and _dotted(node.func) == "getattr" else None
            if owner and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                add_chain(owner + "." + node.args[1].value, node)
    return used


def _imported(tree):
    """Every module the tree imports, statically or through __import__ /
    importlib.import_module with a constant name, with the first line that does."""
    found = {}

    def add(name, node):
        line = getattr(node, "lineno", 0)
        if name not in found or (line and line < found[name]):
            found[name] = line

    for node in _walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            add(node.module, node)
            for alias in node.names:  # `from concurrent import futures` imports concurrent.futures
                add(node.module + "." + alias.name, node)
        elif isinstance(node, ast.Call) and _dotted(node.func) in ("__import__", "importlib.import_module"):
            for a in node.args[:1]:
                if isinstance(a, ast.Constant) and isinstance(a.value, str):
                    add(a.value, node)
    return found


def _is_generator_function(func):
    def walk(node):
        for child in _iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            if isinstance(child, (ast.Yield, ast.YieldFrom)) or walk(child):
                return True
        return False
    return walk(func)


def check_rules(source, rules):
    """The first broken static rule as (message, line), or None. The rules and
    their exact meaning are in docs/spec-format.md ("Static rules")."""
    limit = rules.get("max_source_bytes", 65536)
    size = len(source.encode("utf-8", "surrogatepass"))
    if size > limit:
        return (f"the solution is {size} bytes, larger than the {limit} bytes this exercise allows", 0)
    tree = _parse(source)
    imported = sorted(_imported(tree).items(), key=lambda item: (item[1], item[0]))
    for module in rules.get("forbid_imports", []):
        for name, line in imported:
            if name == module or name.startswith(module + "."):
                return (f"importing {module!r} is not allowed in this exercise", line)
    used = _used_names(tree)
    for name in rules.get("forbid_names", []):
        if name in used:
            line, written = used[name]
            spelled = f" (written {written!r})" if written != name else ""
            return (f"using {name!r}{spelled} is not allowed in this exercise", line)
    top = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    gen = rules.get("require_generator")
    if gen:
        func = top.get(gen)
        if func is None:
            return (f"{gen} must be defined at the top level of the solution as a generator function (a def that uses yield)", 0)
        if not isinstance(func, ast.FunctionDef) or not _is_generator_function(func):
            return (f"{gen} must be a generator function (a def that uses yield)", func.lineno)
    cls = rules.get("require_class")
    if cls:
        node = top.get(cls)
        if not isinstance(node, ast.ClassDef):
            return (f"{cls} must be defined with a class statement at the top level of the solution", getattr(node, "lineno", 0))
    return None


# ----- one test --------------------------------------------------------------

def _install_module(name, code):
    module = types.ModuleType(name)
    module.__file__ = f"<{name}>"
    sys.modules[name] = module
    exec(code, module.__dict__)


def run_test(candidate_code, module_name, filename, entry_points, kind, test, observe, module_loaded):
    """Loads the test's modules and the candidate afresh and runs one driver (test: what
    compile_test made). Returns the exception it ended with, or None. module_loaded() is
    called once the candidate's module top level has finished (None: nobody to tell)."""
    driver_code, modules = test
    sys.meta_path.insert(0, _ImportGate(filename))
    try:
        for name, code in modules:
            _install_module(name, code)
        module = types.ModuleType(module_name)
        module.__file__ = filename
        sys.modules[module_name] = module
        exec(candidate_code, module.__dict__)
        if module_loaded is not None:
            module_loaded()
        for name in entry_points:
            if name not in module.__dict__:
                raise NameError(f"the solution does not define {name!r}")
        namespace = dict(module.__dict__)
        namespace["__name__"] = "__pyjudge_test__"
        namespace["observe"] = observe
        if kind == "call":
            observe(eval(driver_code, namespace))
        else:
            exec(driver_code, namespace)
    except MemoryError as exc:
        # The traceback keeps the frames that filled memory alive; without them
        # there is room again to describe the exception and write the result.
        return exc.with_traceback(None)
    except BaseException as exc:  # noqa: B902 - SystemExit and KeyboardInterrupt are results too
        return exc
    return None


def forget_test(module_name):
    """Undoes what run_test leaves behind, after the runner's own warm-up run."""
    sys.modules.pop(module_name, None)
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, _ImportGate)]


def flush_stdio():
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except BaseException:
            pass


def _qualified(cls):
    try:
        return f"{cls.__module__}.{cls.__qualname__}"
    except BaseException:
        return "<unnamed>"


def describe_exception(exc, filename, source):
    """(type, mro, message, traceback trimmed to candidate frames, and the line
    number and stripped text of the last of those frames: 0 and "" when the
    exception came from no line of the candidate's file)."""
    cls = type(exc)
    try:
        message = str(exc)
    except BaseException:
        message = "<the exception's __str__ failed>"
    # Python's own line ends only: str.splitlines() also splits at \f, \x1c, U+2028...
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    frames = []
    line, text = 0, ""
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            line = tb.tb_lineno or 0
            text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
            frames.append(f'  File "{filename}", line {line}, in {code.co_name}\n    {text}')
        tb = tb.tb_next
    trace = ""
    if frames:
        trace = "Traceback (most recent call last):\n" + "\n".join(frames[-20:]) + "\n"
    trace += f"{cls.__name__}: {message}" if message else cls.__name__
    return (_safe(_qualified(cls)), [_safe(_qualified(c)) for c in cls.__mro__],
            _safe(message[:4000]), _safe(trace[-16000:]), min(max(line, 0), 0xFFFFFFFF), _safe(text[:1000]))


def _safe(text):
    """Text that encodes to UTF-8 whatever the candidate put in it."""
    if type(text) is not str:
        text = "<not a str>"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
