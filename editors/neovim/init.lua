-- pamphlet lsp for YAML files inside a pamphlet content tree.
-- Works on Neovim 0.7 and later (tested on Debian bookworm's 0.7.2).
local pamphlet_clients = {} -- one server per content tree, keyed by its folder

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    -- The content tree is the nearest folder above the file that has pamphlet.toml.
    local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
    while vim.loop.fs_stat(dir .. '/pamphlet.toml') == nil do
      local parent = vim.fn.fnamemodify(dir, ':h')
      if parent == dir then return end -- not in a content tree
      dir = parent
    end
    local id = pamphlet_clients[dir]
    if id == nil or vim.lsp.get_client_by_id(id) == nil then
      id = vim.lsp.start_client({ name = 'pamphlet', cmd = { 'pamphlet', 'lsp' }, root_dir = dir })
      pamphlet_clients[dir] = id
    end
    if not id then return end
    vim.lsp.buf_attach_client(args.buf, id)
    -- Neovim 0.11 sets these by itself; 0.7 needs them here.
    vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc' -- CTRL-X CTRL-O: completion
    vim.bo[args.buf].tagfunc = 'v:lua.vim.lsp.tagfunc'   -- CTRL-]: go to definition
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = args.buf })
    vim.keymap.set('n', 'gra', vim.lsp.buf.code_action, { buffer = args.buf })
  end,
})
