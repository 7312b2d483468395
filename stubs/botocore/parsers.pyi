from typing import Any

from botocore.model import Shape

class ResponseParser:
    def parse(self, response: dict[str, Any], shape: Shape | None) -> dict[str, Any]: ...

def create_parser(protocol: str) -> ResponseParser: ...
