-- Drive `cablelint server` from Neovim's built-in LSP client (Neovim 0.7+).
--
-- Run as: nvim --headless -u NONE -i NONE -c "luafile tests/nvim/lsp_check.lua"
-- with the environment variables
--   CABLELINT_PYTHON     the Python that has cablelint installed
--   CABLELINT_CABLE      the cable to open (a copy: the buffer is edited, not saved)
--   CABLELINT_EDIT_LINE  0-based line whose leading "1" is deleted ("17." -> "7.")
--   CABLELINT_OUT        where to write the JSON result
-- It opens the cable, attaches the client, waits for diagnostics, edits the
-- buffer, waits for the updated diagnostics and writes both lists (line,
-- column, end column -- byte columns, as vim.diagnostic keeps them -- and
-- code) to CABLELINT_OUT, or {"error": ...} when something went wrong.

local out = os.getenv("CABLELINT_OUT")

local function write(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
end

local function code_of(diagnostic)
  if diagnostic.code ~= nil then
    return diagnostic.code
  end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code or vim.NIL
end

local function snapshot(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(items, {
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
      code = code_of(d), message = d.message,
    })
  end
  table.sort(items, function(a, b)
    if a.line ~= b.line then return a.line < b.line end
    return a.col < b.col
  end)
  return items
end

local function count(bufnr, code)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then n = n + 1 end
  end
  return n
end

local function run()
  local cable = os.getenv("CABLELINT_CABLE")
  local edit_line = tonumber(os.getenv("CABLELINT_EDIT_LINE"))
  local client_id = vim.lsp.start_client({
    name = "cablelint",
    cmd = { os.getenv("CABLELINT_PYTHON"), "-m", "cablelint", "server" },
    root_dir = vim.fn.fnamemodify(cable, ":p:h"),
    init_options = { debounceMs = 50 },
  })
  assert(client_id, "vim.lsp.start_client failed")
  vim.cmd("edit " .. vim.fn.fnameescape(cable))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(bufnr, client_id), "buf_attach_client failed")

  local arrived = vim.wait(30000, function() return count(bufnr, "CL901") > 0 end, 20)
  assert(arrived, "no CL901 diagnostics within 30 s")
  local first = snapshot(bufnr)
  local before = count(bufnr, "CL901")

  local text = vim.api.nvim_buf_get_lines(bufnr, edit_line, edit_line + 1, true)[1]
  assert(text:sub(1, 1) == "1", "line " .. edit_line .. " does not start with 1: " .. text)
  vim.api.nvim_buf_set_lines(bufnr, edit_line, edit_line + 1, true, { text:sub(2) })
  local updated = vim.wait(30000, function() return count(bufnr, "CL901") < before end, 20)
  assert(updated, "diagnostics not updated within 30 s of the edit")

  write({ first = first, after_edit = snapshot(bufnr), version = tostring(vim.version().minor) })
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = pcall(run)
if not ok then
  write({ error = tostring(err) })
  vim.cmd("cquit 1")
end
vim.cmd("qall!")
