"""The local service's CBOR codec against the examples of RFC 8949, Appendix A."""

from __future__ import annotations

from typing import Any

import pytest

from aioworkspaces.simulator._cbor import CBORError, Timestamp, decode, encode, from_json_view

EXAMPLES: list[tuple[str, Any]] = [
    ("00", 0),
    ("17", 23),
    ("1818", 24),
    ("1903e8", 1000),
    ("1b000000e8d4a51000", 1_000_000_000_000),
    ("20", -1),
    ("3903e7", -1000),
    ("f4", False),
    ("f5", True),
    ("f6", None),
    ("6161", "a"),
    ("62c3bc", "\u00fc"),
    ("4401020304", b"\x01\x02\x03\x04"),
    ("83010203", [1, 2, 3]),
    ("a201020304", {1: 2, 3: 4}),
    ("a26161016162820203", {"a": 1, "b": [2, 3]}),
]


@pytest.mark.parametrize(("hex_text", "value"), EXAMPLES)
def test_definite_items_decode_and_encode_as_the_rfc_shows(hex_text: str, value: Any) -> None:
    assert decode(bytes.fromhex(hex_text)) == value
    assert encode(value).hex() == hex_text


@pytest.mark.parametrize(
    ("hex_text", "value"),
    [
        ("f93c00", 1.0),
        ("f97bff", 65504.0),
        ("f90001", 5.960464477539063e-08),
        ("fa47c35000", 100000.0),
        ("fb3ff199999999999a", 1.1),
        ("c11a514b67b0", 1363896240),  # tag 1: epoch seconds
        ("5f42010243030405ff", b"\x01\x02\x03\x04\x05"),
        ("7f657374726561646d696e67ff", "streaming"),
        ("9fff", []),
        ("9f018202039f0405ffff", [1, [2, 3], [4, 5]]),
        ("bf61610161629f0203ffff", {"a": 1, "b": [2, 3]}),
    ],
)
def test_floats_tags_and_indefinite_lengths_decode(hex_text: str, value: Any) -> None:
    assert decode(bytes.fromhex(hex_text)) == value


def test_timestamps_are_tagged_and_blobs_are_bytes_on_the_way_out() -> None:
    assert encode(Timestamp(1363896240)).hex() == "c11a514b67b0"
    fraction = encode(Timestamp(1363896240.5))
    assert fraction.hex().startswith("c1fb") and decode(fraction) == 1363896240.5
    answer = from_json_view(
        "DescribeWorkspaceBundlesResult", {"Bundles": [{"CreationTime": 1_600_000_000}]}
    )
    assert isinstance(answer["Bundles"][0]["CreationTime"], Timestamp)


@pytest.mark.parametrize("hex_text", ["", "19", "6261", "0001", "ff", "1c"])
def test_malformed_items_are_refused(hex_text: str) -> None:
    with pytest.raises(CBORError):
        decode(bytes.fromhex(hex_text))
