-- Driven by nvim-lsp.sh: start `factlint lsp` with Neovim's built-in client, wait for
-- diagnostics, print them, fix the text, wait for them to clear. Works from Neovim 0.7
-- (Debian's package) on: the newer API is used where it exists.
local function say(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients

local function finish(ok)
  for _, c in ipairs(get_clients()) do
    vim.lsp.stop_client(c.id)
  end
  vim.wait(5000, function() return #get_clients() == 0 end, 50)
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'markdown'
local config = {
  name = 'factlint',
  cmd = { os.getenv('FACTLINT_BIN'), 'lsp' },
  root_dir = vim.fn.getcwd(),
  init_options = { debounceMs = 50 },
}
local client
if vim.lsp.start then
  client = vim.lsp.start(config, { bufnr = buf })
else
  client = vim.lsp.start_client(config)
  if client then
    vim.lsp.buf_attach_client(buf, client)
  end
end
if not client then
  say('FAIL the client did not start')
  finish(false)
  return
end

if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  say('FAIL no diagnostics')
  finish(false)
  return
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  local first_line = d.message:gsub('\n.*', '')
  say(string.format('DIAGNOSTIC %d:%d %s %s', d.lnum, d.col, tostring(code), first_line))
end

-- Type the fix: the diagnostics clear (incremental sync).
vim.api.nvim_buf_set_text(buf, 3, 21, 3, 30, { 'Tuesday' })
if vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 50) then
  say('CLEARED')
  finish(true)
else
  say('FAIL the diagnostics did not clear')
  finish(false)
end
