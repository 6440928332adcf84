# expect: wrong_answer
# Starts each report from a shallow copy of a module-level template, so the
# lists inside are shared and problems pile up from call to call.
def validate_user(data: dict) -> None:
    problems = []

    if "name" not in data:
        problems.append(KeyError("name"))
    elif not isinstance(data["name"], str):
        problems.append(TypeError("name must be a string"))
    elif not data["name"].strip():
        problems.append(ValueError("name must not be blank"))

    if "age" not in data:
        problems.append(KeyError("age"))
    elif not isinstance(data["age"], int) or isinstance(data["age"], bool):
        problems.append(TypeError("age must be an integer"))
    elif not 0 <= data["age"] <= 150:
        problems.append(ValueError("age must be between 0 and 150"))

    if "email" not in data:
        problems.append(KeyError("email"))
    elif not isinstance(data["email"], str):
        problems.append(TypeError("email must be a string"))
    elif not _looks_like_email(data["email"]):
        problems.append(ValueError("email must look like user@host"))

    if problems:
        raise ExceptionGroup("invalid user", problems)


def _looks_like_email(text: str) -> bool:
    user, at, host = text.partition("@")
    return bool(at) and bool(user) and bool(host) and "@" not in host


EMPTY_REPORT = {"missing": [], "wrong_type": [], "bad_value": []}


def summarize(data: dict) -> dict:
    report = dict(EMPTY_REPORT)  # a shallow copy: the lists are shared
    try:
        validate_user(data)
    except* KeyError as group:
        report["missing"].extend(error.args[0] for error in group.exceptions)
    except* TypeError as group:
        report["wrong_type"].extend(str(error) for error in group.exceptions)
    except* ValueError as group:
        report["bad_value"].extend(str(error) for error in group.exceptions)
    return report
