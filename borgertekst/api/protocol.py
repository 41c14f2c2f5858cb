"""uvicorn's h11 protocol, answering a request it cannot parse with a problem
document in Danish (instead of plain text), like every other error of the server.
``borgertekst serve`` passes it to uvicorn as ``http="borgertekst.api.protocol:ProblemH11Protocol"``."""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

BODY = ('{"type":"https://borgertekst.dk/problemer/400","title":"Ugyldig forespørgsel","status":400,'
        '"detail":"Forespørgslen er ikke gyldig HTTP."}').encode()


class ProblemH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(BODY)).encode()),
                   (b"connection", b"close")]
        try:
            for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                          h11.Data(data=BODY), h11.EndOfMessage()):
                self.transport.write(self.conn.send(event))
        except h11.LocalProtocolError:
            pass
        self.transport.close()
