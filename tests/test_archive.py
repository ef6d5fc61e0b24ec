"""runcrate._archive: reproducible code archives and what goes into them."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import shutil
import tarfile
from pathlib import Path

import pytest

from runcrate._archive import ArchiveInfo, pack_directory


def make_tree(root: Path) -> Path:
    files = {
        "train.py": "print('train')\n",
        "src/model.py": "class Model: ...\n",
        "src/data/__init__.py": "",
        "src/__pycache__/model.cpython-311.pyc": "junk",
        "node_modules/left-pad/index.js": "module.exports = 1\n",
        "web/node_modules/x.js": "1\n",
        ".git/HEAD": "ref: refs/heads/main\n",
        "sub/.git": "gitdir: ../.git/modules/sub\n",
        ".env": "HF_TOKEN=secret\n",
        ".env.local": "OTHER=secret\n",
        ".github/workflows/ci.yml": "on: push\n",
        "checkpoints/big.ckpt": "weights",
        "README.md": "# demo\n",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (root / "empty").mkdir()
    (root / "run.sh").write_text("#!/bin/sh\n")
    (root / "run.sh").chmod(0o4755)  # setuid: only the permission bits may reach the archive
    return root


def pack(root: Path, **kwargs: object) -> tuple[bytes, ArchiveInfo]:
    out = io.BytesIO()
    info = pack_directory(root, out, **kwargs)  # type: ignore[arg-type]
    return out.getvalue(), info


def names(data: bytes) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        return archive.getnames()


def test_the_same_tree_packs_to_the_same_bytes_wherever_and_whenever_it_lives(tmp_path: Path) -> None:
    first = make_tree(tmp_path / "a")
    second = tmp_path / "elsewhere" / "b"
    shutil.copytree(first, second)  # new inodes and times, same content
    for path in second.rglob("*"):
        os.utime(path, (1_000_000, 1_000_000), follow_symlinks=False)
    data_a, info_a = pack(first)
    data_b, info_b = pack(second)
    assert data_a == data_b
    assert info_a == info_b
    assert info_a.size == len(data_a)
    assert info_a.sha256 == hashlib.sha256(data_a).hexdigest()


def test_a_change_in_content_changes_the_digest(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "a")
    _, before = pack(root)
    (root / "train.py").write_text("print('changed')\n")
    _, after = pack(root)
    assert before.sha256 != after.sha256


def test_default_rules_leave_out_vcs_caches_dependencies_and_dotfiles(tmp_path: Path) -> None:
    data, info = pack(make_tree(tmp_path / "a"))
    assert names(data) == list(info.members)
    assert info.members == (
        "README.md",
        "checkpoints",
        "checkpoints/big.ckpt",
        "empty",
        "run.sh",
        "src",
        "src/data",
        "src/data/__init__.py",
        "src/model.py",
        "sub",
        "train.py",
        "web",
    )


def test_include_dotfiles_packs_them_but_never_git(tmp_path: Path) -> None:
    _, info = pack(make_tree(tmp_path / "a"), include_dotfiles=True)
    assert {".env", ".env.local", ".github/workflows/ci.yml"} <= set(info.members)
    assert not [name for name in info.members if ".git/" in name or name.endswith(".git")]
    assert not [name for name in info.members if "node_modules" in name or "__pycache__" in name]


def test_exclude_and_include_patterns(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "a")
    _, excluded = pack(root, exclude=["*.ckpt", "src/data"])
    assert "checkpoints/big.ckpt" not in excluded.members
    assert "checkpoints" in excluded.members
    assert not [name for name in excluded.members if name.startswith("src/data")]
    _, included = pack(root, include=["*.py"])
    assert included.members == ("src", "src/data", "src/data/__init__.py", "src/model.py", "train.py")


def test_member_metadata_is_fixed_and_gzip_header_has_no_time_or_name(tmp_path: Path) -> None:
    data, _ = pack(make_tree(tmp_path / "a"))
    assert data[:3] == b"\x1f\x8b\x08"
    flags, mtime = data[3], int.from_bytes(data[4:8], "little")
    assert flags & 0x08 == 0  # FNAME: no file name in the header
    assert mtime == 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        members = {member.name: member for member in archive.getmembers()}
        assert archive.format == tarfile.PAX_FORMAT
    for member in members.values():
        assert (member.mtime, member.uid, member.gid, member.uname, member.gname) == (0, 0, 0, "", "")
        assert not member.name.startswith(("/", "./"))
    assert members["run.sh"].mode == 0o755
    assert members["src"].isdir()
    assert members["train.py"].isfile()
    assert gzip.decompress(data)  # a complete gzip stream


def test_non_ascii_names_pack_reproducibly(tmp_path: Path) -> None:
    root = tmp_path / "a"
    (root / "données").mkdir(parents=True)
    (root / "données" / "résumé.txt").write_text("ok\n")
    first, info = pack(root)
    second, _ = pack(root)
    assert first == second
    assert info.members == ("données", "données/résumé.txt")


def test_symlinks_are_refused_unless_excluded(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "a")
    (root / "latest").symlink_to(root / "train.py")
    with pytest.raises(ValueError, match=r"latest: it is a symbolic link.*exclude=\['latest'\]"):
        pack(root)
    _, info = pack(root, exclude=["latest"])
    assert "latest" not in info.members
    (root / "link-dir").symlink_to(root / "src", target_is_directory=True)
    with pytest.raises(ValueError, match="link-dir: it is a symbolic link"):
        pack(root, exclude=["latest"])


def test_special_files_are_refused(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "a")
    os.mkfifo(root / "pipe")
    with pytest.raises(ValueError, match="pipe: only regular files and directories"):
        pack(root)


def test_bad_arguments(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "a")
    with pytest.raises(ValueError, match="is not a directory"):
        pack(root / "train.py")
    with pytest.raises(ValueError, match="exclude must be a list of glob patterns, not one string"):
        pack(root, exclude="*.py")
    with pytest.raises(ValueError, match="include patterns must be non-empty strings"):
        pack(root, include=[""])


class _WritesToFileWhilePacking(io.BytesIO):
    """An archive destination that, once compressed data of a file starts arriving (past the gzip
    header), changes the file the archive is reading at that moment, as a process still writing it
    would."""

    def __init__(self, victim: Path, change: str) -> None:
        super().__init__()
        self.victim = victim
        self.change = change
        self.done = False

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if not self.done and self.tell() > 64:
            self.done = True
            if self.change == "grow":
                with self.victim.open("ab") as file:
                    file.write(b"appended meanwhile")
            else:
                os.truncate(self.victim, 10)
        return super().write(data)


@pytest.mark.parametrize("change", ["grow", "shrink"])
def test_a_file_changing_size_while_packed_is_refused_by_name(tmp_path: Path, change: str) -> None:
    victim = tmp_path / "weights.bin"
    victim.write_bytes(os.urandom(1 << 20))  # incompressible: gzip emits output while reading it
    with pytest.raises(ValueError, match=rf"Cannot pack {victim}: it changed size while it was being packed"):
        pack_directory(tmp_path, _WritesToFileWhilePacking(victim, change))


def test_files_that_stay_put_pack_as_before(tmp_path: Path) -> None:
    (tmp_path / "weights.bin").write_bytes(os.urandom(1 << 20))
    data, info = pack(tmp_path)
    assert info.members == ("weights.bin",)
    assert len(data) == info.size
