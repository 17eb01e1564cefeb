"""Field grammars: the inside of header lines and paragraph openings.

The cable grammar (``grammar/cable.lark``) says *which* line is the E.O. line;
these modules say what it means.  Each takes the token text and its offset in
the source, and returns model nodes whose spans point into the source.
"""
