"""How near two spellings are: the one typo distance of the project.

Why a module: the marker reader (a misspelt "Sumary:" before its END) and the
classifier check (a misspelt "Ambasador" after the name) both ask whether a
word is another written with one slip; one definition keeps them agreeing on
what a slip is.
"""

from __future__ import annotations


def one_edit_apart(word: str, target: str) -> bool:
    """True when ``word`` differs from ``target`` by one letter added, dropped,
    changed or two neighbours swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i in range(len(word)) if word[i] != target[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]]
                                  and word[diff[1]] == target[diff[0]])
    short, long = (word, target) if len(word) < len(target) else (target, word)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
