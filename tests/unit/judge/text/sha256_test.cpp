// SHA-256 against the FIPS 180-4 examples and Python's hashlib.
#include <doctest/doctest.h>

#include <string>

#include "judge/text/sha256.hpp"

using namespace pyjudge;

TEST_CASE("SHA-256 of the standard examples") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("hashing in pieces gives the digest of the whole") {
  Sha256 pieces;
  for (const char* part : {"pyjudge ", "grade", "", " fingerprint"}) pieces.update(part);
  CHECK(pieces.hex() == sha256_hex("pyjudge grade fingerprint"));
}

TEST_CASE("SHA-256 where the length no longer fits the last block") {
  CHECK(sha256_hex(std::string(55, 'x')) == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
  CHECK(sha256_hex(std::string(56, 'x')) == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
  CHECK(sha256_hex(std::string(64, 'x')) == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
  CHECK(hex_digits(std::string("\x00\x7f\xff", 3)) == "007fff");
}
