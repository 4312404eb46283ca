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
-- * A table too wide for a portrait page (more than 6 columns whose
--   longest words alone fill a line: the action plan) becomes, as in the HTML report, one block per row: a heading
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
  -- a no-break space (U+00A0, U+202F) holds a number's digits together
  for w in s:gsub("\xC2\xA0", "_"):gsub("\xE2\x80\xAF", "_"):gmatch("%S+") do
    local n = utf8.len(w) or #w
    if n > longest then longest = n end
  end
  return longest, utf8.len(s) or #s
end

-- A4 portrait at 11 pt Arial holds about this many characters a line
-- between the margins, cell padding taken off
local LINE_CHARS = 80

-- widths from content: every column at least as wide as its longest word
-- (a number or a word is never broken), the rest of the line shared in
-- proportion to what a column's typical cell (at most 40 characters)
-- needs beyond that
local function column_needs(tbl)
  local ncol = #tbl.colspecs
  local word, want = {}, {}
  for c = 1, ncol do word[c] = 4; want[c] = 4 end
  local function take(row)
    for c, cell in ipairs(row_cells(row)) do
      local w, all = measure(cell_text(cell))
      if w + 1 > word[c] then word[c] = w + 1 end
      local t = math.max(w + 1, math.min(all, 40))
      if t > want[c] then want[c] = t end
    end
  end
  for _, row in ipairs(tbl.head.rows) do take(row) end
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do take(row) end
  end
  return word, want
end

-- too wide for a portrait page: many columns whose words alone fill the
-- line (the action plan; a table of months, with short numbers, is not)
local function is_wide(tbl)
  if #tbl.colspecs <= WIDE then return false end
  local words = 0
  for _, w in ipairs(column_needs(tbl)) do words = words + w end
  return words > LINE_CHARS
end

local function widths(tbl)
  local ncol = #tbl.colspecs
  local word, want = column_needs(tbl)
  local words, extra = 0, 0
  for c = 1, ncol do
    words = words + word[c]
    extra = extra + (want[c] - word[c])
  end
  local total = math.max(LINE_CHARS, words)
  local spare = total - words
  for c = 1, ncol do
    local w = word[c]
    if extra > 0 then w = w + spare * (want[c] - word[c]) / extra end
    tbl.colspecs[c] = { tbl.colspecs[c][1], w / total }
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
      if is_wide(tbl) then
        -- the caption names the plan; the blocks sit one level under it
        table.insert(out, b)
        for _, x in ipairs(wide_table(tbl, math.min(level + 1, 6))) do table.insert(out, x) end
      else
        tbl.caption = { long = caption_blocks(text(b)) }
        table.insert(out, widths(tbl))
      end
      i = i + 1
    elseif b.t == "Table" then
      if is_wide(b) then
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
