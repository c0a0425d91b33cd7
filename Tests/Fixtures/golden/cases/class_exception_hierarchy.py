# tags: lang classes
class AppError(Exception):
    """Base of the app's errors."""

class ConfigError(AppError, KeyError):
    pass

def load(key):
    raise ConfigError(key)

for catcher in (KeyError, LookupError, AppError, Exception):
    try:
        load("lr")
    except catcher as e:
        print(catcher.__name__, "caught", repr(e), str(e), type(e).__mro__[1].__name__)

try:
    try:
        load("x")
    except ConfigError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print("outer", e)

errors = []
for exc in [ValueError("v"), ConfigError("c"), ZeroDivisionError()]:
    try:
        raise exc
    except (ValueError, ZeroDivisionError) as e:
        errors.append(type(e).__name__)
    except AppError as e:
        errors.append("app:" + e.args[0])
print(errors)

class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(attempts)
    def __str__(self):
        return f"gave up after {self.attempts} attempts"

try:
    raise Retry(3)
except Retry as e:
    print(e, e.args, e.attempts)
print(isinstance(Retry(1), BaseException), issubclass(Retry, Exception), Retry.__bases__)
