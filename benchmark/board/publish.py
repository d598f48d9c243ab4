"""`bench leaderboard publish`: the built folder to a Hugging Face Hub repo in ONE commit.

The token comes from HF_TOKEN or the user's `hf auth login`, read by huggingface_hub itself: this module never
sees, prints or writes it. Hub errors are reported and the command exits non-zero.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from ..errors import BenchError
from ..results import public_result

CARD = {
    "dataset": {"pretty_name": "Music encoder layer-wise probing leaderboard",
                "tags": ["leaderboard", "music", "audio", "probing", "self-supervised"]},
    "space": {"title": "Music encoder layer-wise leaderboard", "emoji": "🎼", "sdk": "static",
              "app_file": "index.html", "pinned": False},
}


def _card(repo_type: str, body: str) -> str:
    meta = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in CARD[repo_type].items())
    return f"---\n{meta}\n---\n\n{body}"


def operations(folder: Path, repo_type: str) -> list[Any]:
    """What one commit uploads: README (with card metadata) and figures; then for a dataset leaderboard.json and
    the ranked result files (as `public_result` makes them), for a Space the built site at the root, which holds
    the same leaderboard.json and public result files, and the pages (README's card: sdk static)."""
    from huggingface_hub import CommitOperationAdd

    folder = Path(folder)
    readme, board = folder / "README.md", folder / "leaderboard.json"
    if not readme.is_file() or not board.is_file():
        raise BenchError(f"{folder}: no README.md and leaderboard.json here; run `bench leaderboard build` first")
    ops = [CommitOperationAdd("README.md", _card(repo_type, readme.read_text()).encode())]
    figures = [CommitOperationAdd(f"figures/{f.name}", str(f)) for f in sorted((folder / "figures").glob("*.png"))]
    if repo_type == "space":  # the static site at the root (index.html, its pages, data, assets, result files)
        from .site import files

        site = folder / "site"
        if not (site / "index.html").is_file():
            raise BenchError(f"{site}: no index.html; run `bench leaderboard build --out {folder}` again (it writes "
                             "the site)")
        return ops + figures + [CommitOperationAdd(p.relative_to(site).as_posix(), str(p)) for p in files(site)]
    ops += [CommitOperationAdd("leaderboard.json", str(board)), *figures]
    # only the result files the board ranked: a stale or corrupt file stays out of the published record
    ranked = json.loads(board.read_text())["per_task"]
    for rel in sorted(f"results/{r['model']}/{task}.json" for task, rows in ranked.items() for r in rows):
        if not (folder / rel).is_file():
            raise BenchError(f"{folder / rel}: ranked in {board} but not there; run `bench leaderboard build --out "
                             f"{folder}` again (it copies the ranked result files into {folder / 'results'})")
        res = json.loads((folder / rel).read_text())
        ops.append(CommitOperationAdd(rel, (json.dumps(public_result(res), indent=1) + "\n").encode()))
    return ops


def _size(op: Any) -> int:
    src = op.path_or_fileobj
    return len(src) if isinstance(src, bytes) else Path(src).stat().st_size


def commit_message(folder: Path) -> str:
    board = json.loads((Path(folder) / "leaderboard.json").read_text())
    return f"Update leaderboard: {len(board['overall'])} models, {len(board['tasks'])} tasks"


def publish(folder: Path, repo_id: str, repo_type: str = "dataset", dry_run: bool = False, api: Any = None,
            print_fn: Callable[[str], None] = print, as_json: bool = False) -> str | None:
    """Create the repo if needed and push everything in one commit; returns the commit URL."""
    if repo_type not in CARD:
        raise BenchError(f"--repo-type: '{repo_type}' is not one of {', '.join(CARD)}")
    if "/" not in repo_id:
        raise BenchError(f"--repo-id: '{repo_id}' should be OWNER/NAME")
    ops = operations(folder, repo_type)
    message = commit_message(folder)
    if dry_run and as_json:
        print_fn(json.dumps({"repo_id": repo_id, "repo_type": repo_type, "message": message,
                             "files": [{"path": op.path_in_repo, "bytes": _size(op)} for op in ops]}, indent=1))
        return None
    if dry_run:
        total = sum(_size(op) for op in ops)
        print_fn(f"would create {repo_type} repo {repo_id} (exist_ok) and commit '{message}': {len(ops)} files, "
                 f"{total:,} bytes")
        for op in ops:
            print_fn(f"  add {op.path_in_repo}  ({_size(op):,} bytes)")
        return None
    import huggingface_hub.constants

    if huggingface_hub.constants.HF_HUB_OFFLINE:
        raise BenchError("publishing needs the network, and HF_HUB_OFFLINE is set; unset it where the Hub is "
                         "reachable, or use --dry-run to see what would be committed")
    if api is None:
        from huggingface_hub import HfApi

        api = HfApi()  # token: HF_TOKEN or the stored login, resolved inside huggingface_hub
    try:
        api.create_repo(repo_id=repo_id, repo_type=repo_type, exist_ok=True,
                        **({"space_sdk": "static"} if repo_type == "space" else {}))
        info = api.create_commit(repo_id=repo_id, repo_type=repo_type, operations=ops, commit_message=message)
    except Exception as e:  # noqa: BLE001 - every Hub or network failure becomes a reported, non-zero exit
        hint = ("; the Hub is not reachable from here (offline?)"
                if any(w in type(e).__name__ for w in ("Connect", "Timeout", "Offline")) else "")
        raise BenchError(f"publishing to {repo_type} '{repo_id}' failed: {type(e).__name__}: "
                         f"{str(e).splitlines()[0] if str(e) else ''}{hint}") from None
    url = getattr(info, "commit_url", None) or str(info)
    print_fn(f"published {len(ops)} files to {repo_id}: {url}")
    return url
