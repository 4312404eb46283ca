-- trygg.lua - a pandoc filter for trygg-plan's Markdown on its way to
-- Word (and from there to PDF):
--
--   pandoc -f gfm --lua-filter share/trygg/pandoc/trygg.lua \
--     --reference-doc share/trygg/profiles/ale/reference.docx \
--     -o report.docx report.md
--
-- * A paragraph that is only bold text right before a table is the
--   table's caption (Markdown has none): Word shows it as a table caption
--   (style Table Caption) that stays with its table.
-- * A table too wide for a portrait page (more than 6 columns: the action
--   plan) becomes, as in the HTML report, one block per row: a heading
--   from its first two cells, then a two-column table of the other cells
--   with the column names as row labels.
-- * Other tables get column widths from their content, so a column of
--   names is wide and a column of counts narrow, instead of equal widths.
-- Needs pandoc 2.11 or later (Lua filters with the Table element).

local WIDE = 6

local function text(cell_or_blocks)
  return pandoc.utils.stringify(cell_or_blocks)
end

local function cell_text(cell)
  -- pandoc >= 2.17 (and 3): a Cell object with contents; 2.11-2.16: a table
  if cell.contents then return text(cell.contents) end
  return text(cell[5] or cell)
end

local function row_cells(row)
  return row.cells or row[2]
end

-- the longest word and the whole length of a column's texts
local function measure(s)
  local longest = 0
  for w in s:gmatch("%S+") do
    local n = utf8.len(w) or #w
    if n > longest then longest = n end
  end
  return longest, utf8.len(s) or #s
end

-- widths proportional to content: at least the longest word, at most 40
-- characters' worth of a column's typical cell
local function widths(tbl)
  local ncol = #tbl.colspecs
  local want = {}
  for c = 1, ncol do want[c] = 4 end
  local function take(row)
    for c, cell in ipairs(row_cells(row)) do
      local word, all = measure(cell_text(cell))
      local w = math.max(word + 1, math.min(all, 40))
      if w > want[c] then want[c] = w end
    end
  end
  for _, row in ipairs(tbl.head.rows) do take(row) end
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do take(row) end
  end
  local sum = 0
  for c = 1, ncol do sum = sum + want[c] end
  for c = 1, ncol do
    tbl.colspecs[c] = { tbl.colspecs[c][1], want[c] / sum }
  end
  return tbl
end

local function caption_blocks(s)
  return { pandoc.Plain({ pandoc.Str(s) }) }
end

-- one row of a wide table as a heading and a two-column table
local function record(heads, cells, level)
  local out = {}
  local title = cells[1] .. " " .. cells[2]
  table.insert(out, pandoc.Header(level, { pandoc.Str(title) }))
  local rows = {}
  for c = 3, #cells do
    table.insert(rows, { { pandoc.Plain({ pandoc.Strong({ pandoc.Str(heads[c]) }) }) },
                         { pandoc.Plain({ pandoc.Str(cells[c]) }) } })
  end
  local simple = pandoc.SimpleTable({}, { pandoc.AlignLeft, pandoc.AlignLeft },
                                    { 0.24, 0.76 }, {}, rows)
  table.insert(out, pandoc.utils.from_simple_table(simple))
  return out
end

local function wide_table(tbl, level)
  local heads = {}
  for c, cell in ipairs(row_cells(tbl.head.rows[1])) do heads[c] = cell_text(cell) end
  local out = {}
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do
      local cells = {}
      for c, cell in ipairs(row_cells(row)) do cells[c] = cell_text(cell) end
      for _, b in ipairs(record(heads, cells, level)) do table.insert(out, b) end
    end
  end
  return out
end

local function bold_only(block)
  return block.t == "Para" and #block.content == 1 and block.content[1].t == "Strong"
end

function Pandoc(doc)
  local out = {}
  local level = 1
  local blocks = doc.blocks
  local i = 1
  while i <= #blocks do
    local b = blocks[i]
    local nextb = blocks[i + 1]
    if b.t == "Header" then
      level = b.level
      table.insert(out, b)
    elseif bold_only(b) and nextb and nextb.t == "Table" then
      local tbl = nextb
      if #tbl.colspecs > WIDE then
        -- the caption names the plan; the blocks sit one level under it
        table.insert(out, b)
        for _, x in ipairs(wide_table(tbl, math.min(level + 1, 6))) do table.insert(out, x) end
      else
        tbl.caption = { long = caption_blocks(text(b)) }
        table.insert(out, widths(tbl))
      end
      i = i + 1
    elseif b.t == "Table" then
      if #b.colspecs > WIDE then
        for _, x in ipairs(wide_table(b, math.min(level + 1, 6))) do table.insert(out, x) end
      else
        table.insert(out, widths(b))
      end
    else
      table.insert(out, b)
    end
    i = i + 1
  end
  doc.blocks = out
  return doc
end
