# expect: wrong_answer
# Checks in passes (all missing keys, then all types, then all values), so the
# problems come out grouped by kind instead of in field order.
FIELDS = ("name", "age", "email")


def validate_user(data: dict) -> None:
    problems = []
    present = [field for field in FIELDS if field in data]
    for field in FIELDS:
        if field not in data:
            problems.append(KeyError(field))

    well_typed = []
    for field in present:
        value = data[field]
        if field == "age":
            ok = isinstance(value, int) and not isinstance(value, bool)
            message = "age must be an integer"
        else:
            ok = isinstance(value, str)
            message = f"{field} must be a string"
        if ok:
            well_typed.append(field)
        else:
            problems.append(TypeError(message))

    for field in well_typed:
        value = data[field]
        if field == "name" and not value.strip():
            problems.append(ValueError("name must not be blank"))
        elif field == "age" and not 0 <= value <= 150:
            problems.append(ValueError("age must be between 0 and 150"))
        elif field == "email":
            user, at, host = value.partition("@")
            if not (at and user and host and "@" not in host):
                problems.append(ValueError("email must look like user@host"))

    if problems:
        raise ExceptionGroup("invalid user", problems)


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
