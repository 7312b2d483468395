"""The generated endpoint resolver (`aioworkspaces._endpoint_rules`) against botocore's own
`EndpointProvider` fed the same vendored ruleset and partitions, and the generator's
refusal of rules it cannot translate."""

from __future__ import annotations

import copy
import itertools
import re
from typing import Any

import pytest
from botocore.endpoint_provider import EndpointProvider
from botocore.exceptions import EndpointResolutionError

from aioworkspaces import _endpoint_rules
from codegen.endpoint_rules import RuleSetError, render_endpoint_rules
from codegen.model import load

MODEL = load()
assert MODEL.endpoint_rules is not None and MODEL.partitions is not None
RULES: dict[str, Any] = MODEL.endpoint_rules
PARTITIONS: dict[str, Any] = MODEL.partitions


def _regions() -> list[str]:
    """Every region partitions.json lists; for each partition, unlisted regions its
    pattern matches; regions no pattern matches; and strings that are no region."""
    regions: list[str] = []
    for partition in PARTITIONS["partitions"]:
        regions += partition["regions"]
        # A later region of each listed one: `us-east-99`, `cn-northwest-9`, ...
        for listed in partition["regions"]:
            if re.search(r"-\d+$", listed):
                regions.append(re.sub(r"\d+$", "99", listed))
                regions.append(re.sub(r"\d+$", "9", listed))
    regions += ["us-gov-east-9", "eu-isoe-west-9", "us-isof-north-7", "eusc-de-west-3"]
    regions += ["xx-east-1", "us-east", "global", "aws-global", "fips-us-east-1"]
    regions += ["", "not a region", "-x", "US-EAST-1", "Us-East-1", "us-east-1\n", "ü-x-1"]
    return list(dict.fromkeys(regions))


REGIONS = _regions()


def _botocore(rules: dict[str, Any], partitions: dict[str, Any], **params: Any) -> str | None:
    try:
        return str(EndpointProvider(rules, partitions).resolve_endpoint(**params).url)
    except EndpointResolutionError as exc:
        return f"error: {exc}"


def _ours(**params: Any) -> str | None:
    try:
        return _endpoint_rules.resolve(**params)
    except _endpoint_rules.RuleError as exc:
        return f"error: {exc}"


def _cases() -> list[tuple[str, bool, bool]]:
    return list(itertools.product(REGIONS, (False, True), (False, True)))


def test_the_vendored_partitions_are_all_covered() -> None:
    names = {p.name for p in _endpoint_rules.PARTITIONS}
    assert names == {p["id"] for p in PARTITIONS["partitions"]}
    assert len(REGIONS) > 100


def test_every_region_and_flag_resolves_as_botocore_resolves_it() -> None:
    differences = []
    for region, fips, dualstack in _cases():
        theirs = _botocore(RULES, PARTITIONS, Region=region, UseFIPS=fips, UseDualStack=dualstack)
        ours = _ours(region=region, use_fips=fips, use_dual_stack=dualstack)
        if ours != theirs:
            differences.append((region, fips, dualstack, ours, theirs))
    assert differences == []


@pytest.mark.parametrize("endpoint", ["https://example.com", ""])
@pytest.mark.parametrize(("fips", "dualstack"), list(itertools.product((False, True), repeat=2)))
def test_a_given_endpoint_parameter_as_botocore(endpoint: str, fips: bool, dualstack: bool) -> None:
    params = {"Region": "eu-west-1", "UseFIPS": fips, "UseDualStack": dualstack}
    theirs = _botocore(RULES, PARTITIONS, Endpoint=endpoint, **params)
    ours = _ours(region="eu-west-1", use_fips=fips, use_dual_stack=dualstack, endpoint=endpoint)
    assert ours == theirs


def test_no_region_is_the_rules_error() -> None:
    assert _ours() == _botocore(RULES, PARTITIONS) == "error: Invalid Configuration: Missing Region"


@pytest.mark.parametrize(
    ("fips", "dualstack"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_partitions_without_fips_or_dualstack_raise_as_botocore(
    fips: bool, dualstack: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every vendored partition supports both: the error rules are reached with the
    # partitions' support switched off, here and in botocore's copy alike.
    partitions = copy.deepcopy(PARTITIONS)
    for partition in partitions["partitions"]:
        partition["outputs"]["supportsFIPS"] = fips
        partition["outputs"]["supportsDualStack"] = dualstack
    monkeypatch.setattr(
        _endpoint_rules,
        "PARTITIONS",
        tuple(
            p._replace(supports_fips=fips, supports_dual_stack=dualstack)
            for p in _endpoint_rules.PARTITIONS
        ),
    )
    differences = []
    errors = 0
    for region, use_fips, use_dualstack in _cases():
        theirs = _botocore(
            RULES, partitions, Region=region, UseFIPS=use_fips, UseDualStack=use_dualstack
        )
        ours = _ours(region=region, use_fips=use_fips, use_dual_stack=use_dualstack)
        errors += (ours or "").startswith("error:")
        if ours != theirs:
            differences.append((region, use_fips, use_dualstack, ours, theirs))
    assert differences == []
    assert errors > 0 or (fips and dualstack)  # some error rule was reached


# --- the generator -----------------------------------------------------------------------


def _with_condition(condition: dict[str, Any]) -> dict[str, Any]:
    rules = copy.deepcopy(RULES)
    rules["rules"][1]["rules"][0]["conditions"].append(condition)
    return rules


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            _with_condition({"fn": "parseURL", "argv": [{"ref": "Endpoint"}], "assign": "Url"}),
            "'parseURL'.*does not implement",
        ),
        (
            _with_condition({"fn": "stringEquals", "argv": [{"ref": "Region"}, "us-east-1"]}),
            "'stringEquals'.*does not implement",
        ),
        (
            _with_condition({"fn": "isSet", "argv": [{"ref": "Nowhere"}]}),
            "'Nowhere', which is not set",
        ),
        (
            _with_condition({"fn": "booleanEquals", "argv": [{"ref": "PartitionResult"}, True]}),
            "non-boolean",
        ),
        (
            _with_condition(
                {"fn": "getAttr", "argv": [{"ref": "PartitionResult"}, "supportsFIPS"]}
            ),
            "getAttr as a condition",
        ),
    ],
)
def test_the_generator_refuses_what_the_resolver_does_not_implement(
    rules: dict[str, Any], message: str
) -> None:
    with pytest.raises(RuleSetError, match=message):
        render_endpoint_rules(rules, PARTITIONS, "# header")


def test_the_generator_refuses_endpoint_properties_it_would_ignore() -> None:
    rules = copy.deepcopy(RULES)
    last = rules["rules"][1]["rules"][0]["rules"][-1]
    last["endpoint"]["properties"] = {"authSchemes": [{"name": "sigv4", "signingRegion": "x"}]}
    with pytest.raises(RuleSetError, match="properties or headers"):
        render_endpoint_rules(rules, PARTITIONS, "# header")


def test_the_generator_refuses_an_attribute_the_partitions_lack() -> None:
    rules = copy.deepcopy(RULES)
    last = rules["rules"][1]["rules"][0]["rules"][-1]
    last["endpoint"]["url"] = "https://workspaces.{Region}.{PartitionResult#ipv6DnsSuffix}"
    with pytest.raises(RuleSetError, match="no output 'ipv6DnsSuffix'"):
        render_endpoint_rules(rules, PARTITIONS, "# header")
