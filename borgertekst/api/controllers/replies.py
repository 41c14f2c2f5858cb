"""``/v1/templates``: reply templates, their fields and rendering."""

from __future__ import annotations

from typing import Annotated

from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, JSONBody, PathParameter
from litestar import Response, get, post

from ... import replies
from ..problems import PROBLEM_JSON
from ..schemas import Problem, RenderRequest

MEDIA = {
    "text": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@get("/templates", summary="Svarskabeloner")
async def list_templates() -> list[replies.TemplateInfo]:
    return replies.list_templates()


@get("/templates/{name:str}", summary="Én svarskabelon med felter og eksempel")
async def get_template(name: FromPath[str]) -> replies.TemplateInfo:
    return replies.get_template(name)


TemplateName = Annotated[str, PathParameter(description="Skabelonens navn, som i listen fra GET /v1/templates.")]


@post("/templates/{name:str}/render", sync_to_thread=True, summary="Udfyld en svarskabelon",
      description="Som tekst, HTML eller .docx (`format`). Felterne i `data` afhænger af skabelonen: "
                  "GET /v1/templates/{name} viser dem (`fields`: navn, type, om feltet skal udfyldes, hjælp) "
                  "og et udfyldt `example`. Data, der ikke passer til skabelonen (manglende, ukendte eller "
                  "forkerte felter), giver 422, og intet udfyldes.",
      responses={422: ResponseSpec(Problem, media_type=PROBLEM_JSON, description=(
          "Data passer ikke til skabelonen: felter, der mangler, ikke kendes i skabelonen eller har forkert "
          "type. `errors` har én dansk besked pr. felt."))})
def render_template(name: TemplateName, data: JSONBody[RenderRequest]) -> Response:
    out = replies.render(name, data.data, data.format)
    body = out if isinstance(out, bytes) else out.encode("utf-8")
    headers = {}
    if data.format == "docx":
        headers["Content-Disposition"] = f'attachment; filename="{name}.docx"'
    return Response(body, media_type=MEDIA[data.format], headers=headers, status_code=200)
