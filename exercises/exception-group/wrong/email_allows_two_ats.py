# expect: wrong_answer
# Splits the email at the first @ only, so "a@b@c" is accepted.
def _check_name(data):
    if "name" not in data:
        return KeyError("name")
    name = data["name"]
    if not isinstance(name, str):
        return TypeError("name must be a string")
    if not name.strip():
        return ValueError("name must not be blank")
    return None


def _check_age(data):
    if "age" not in data:
        return KeyError("age")
    age = data["age"]
    if not isinstance(age, int) or isinstance(age, bool):
        return TypeError("age must be an integer")
    if not 0 <= age <= 150:
        return ValueError("age must be between 0 and 150")
    return None


def _check_email(data):
    if "email" not in data:
        return KeyError("email")
    email = data["email"]
    if not isinstance(email, str):
        return TypeError("email must be a string")
    user, at, host = email.partition("@")
    if not at or not user or not host:
        return ValueError("email must look like user@host")
    return None


def validate_user(data: dict) -> None:
    problems = []
    for check in (_check_name, _check_age, _check_email):
        problem = check(data)
        if problem is not None:
            problems.append(problem)
    if problems:
        raise ExceptionGroup("invalid user", problems)
    return None


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
