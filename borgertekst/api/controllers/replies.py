"""``/v1/templates``: reply templates, their fields and rendering."""

from __future__ import annotations

from litestar.params import FromPath, JSONBody
from litestar import Response, get, post

from ... import replies
from ..schemas import RenderRequest

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


@post("/templates/{name:str}/render", sync_to_thread=True, summary="Udfyld en svarskabelon",
      description="Som tekst, HTML eller .docx (`format`).")
def render_template(name: FromPath[str], data: JSONBody[RenderRequest]) -> Response:
    out = replies.render(name, data.data, data.format)
    body = out if isinstance(out, bytes) else out.encode("utf-8")
    headers = {}
    if data.format == "docx":
        headers["Content-Disposition"] = f'attachment; filename="{name}.docx"'
    return Response(body, media_type=MEDIA[data.format], headers=headers, status_code=200)
