# expect: wrong_answer
# Checks the expiry before the signature: a forged token that also happens to
# be expired is reported as ExpiredToken instead of BadSignature.
import base64
import binascii
import hashlib
import hmac
import json

HEADER = {"alg": "HS256", "typ": "JWT"}


class TokenError(Exception):
    """Base class of every error verify() raises."""


class MalformedToken(TokenError):
    """The token is not three well-formed parts with the expected contents."""


class BadSignature(TokenError):
    """The signature does not match the header and payload."""


class ExpiredToken(TokenError):
    """The token is authentic but its exp claim has passed."""


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode_json(part: str):
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError) as error:  # JSONDecodeError, UnicodeDecodeError
        raise MalformedToken(f"cannot decode {part!r}") from error


def _serialize(value) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _signature(signing_input: str, secret: bytes) -> str:
    digest = hmac.new(secret, signing_input.encode("utf-8"), hashlib.sha256).digest()
    return _encode(digest)


def sign(payload: dict, secret: bytes, now: int, ttl: int = 3600) -> str:
    claims = dict(payload)
    claims["iat"] = now
    claims["exp"] = now + ttl
    signing_input = _encode(_serialize(HEADER)) + "." + _encode(_serialize(claims))
    return signing_input + "." + _signature(signing_input, secret)


def verify(token: str, secret: bytes, now: int) -> dict:
    parts = token.split(".")
    if len(parts) != 3:
        raise MalformedToken("a token has exactly three parts")
    header_part, payload_part, signature_part = parts

    header = _decode_json(header_part)
    claims = _decode_json(payload_part)
    if header != HEADER:
        raise MalformedToken(f"unsupported header {header!r}")
    if not isinstance(claims, dict):
        raise MalformedToken("the payload is not a JSON object")
    exp = claims.get("exp")
    if type(exp) is not int:
        raise MalformedToken("the exp claim is missing or not an integer")
    if now >= exp:
        raise ExpiredToken(f"expired at {exp}")

    # Check the signature over the parts exactly as received, before trusting them.
    expected = _signature(header_part + "." + payload_part, secret)
    if not hmac.compare_digest(expected.encode("utf-8"), signature_part.encode("utf-8")):
        raise BadSignature("the signature does not match")

    return claims
