# expect: wrong_answer
# Raises the first problem on its own, the old-fashioned way: the caller
# learns about one problem at a time.
def validate_user(data: dict) -> None:
    if "name" not in data:
        raise KeyError("name")
    elif not isinstance(data["name"], str):
        raise TypeError("name must be a string")
    elif not data["name"].strip():
        raise ValueError("name must not be blank")

    if "age" not in data:
        raise KeyError("age")
    elif not isinstance(data["age"], int) or isinstance(data["age"], bool):
        raise TypeError("age must be an integer")
    elif not 0 <= data["age"] <= 150:
        raise ValueError("age must be between 0 and 150")

    if "email" not in data:
        raise KeyError("email")
    elif not isinstance(data["email"], str):
        raise TypeError("email must be a string")
    elif not _looks_like_email(data["email"]):
        raise ValueError("email must look like user@host")


def _looks_like_email(text: str) -> bool:
    user, at, host = text.partition("@")
    return bool(at) and bool(user) and bool(host) and "@" not in host


def summarize(data: dict) -> dict:
    report = {"missing": [], "wrong_type": [], "bad_value": []}
    try:
        validate_user(data)
    except* KeyError as group:
        report["missing"] = [error.args[0] for error in group.exceptions]
    except* TypeError as group:
        report["wrong_type"] = [str(error) for error in group.exceptions]
    except* ValueError as group:
        report["bad_value"] = [str(error) for error in group.exceptions]
    return report
