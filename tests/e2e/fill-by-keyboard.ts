import type { Locator, Page } from 'playwright-core';
import { fieldId } from '#src/forms/field-id';

/**
 * Fills a step form from a data object the way a keyboard user would: focus moves to a field, text is
 * typed, checkboxes and radios are toggled with Space, buttons are pressed with Enter. Nothing is
 * clicked. Select boxes are set through the select itself (Chromium's closed select has no stable
 * key-to-option mapping), and date inputs are filled (their keyboard segments follow the OS locale).
 *
 * `partnerNames` maps partner ids in the data to organisation names, because rows created in the UI
 * get fresh ids.
 */
export async function fillByKeyboard(
  page: Page,
  data: Record<string, unknown>,
  partnerNames: Map<string, string>,
  prefix = '',
  /** Row ids in the data → ids of the same rows created in the UI, for records keyed by row id (e.g. scores of own factors). */
  rowIds = new Map<string, string>(),
) {
  for (const [dataKey, value] of Object.entries(data)) {
    if (dataKey === 'id') continue;
    const key = rowIds.get(dataKey) ?? dataKey;
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') {
      for (let i = 0; i < value.length; i++) {
        const existing = await page.locator(`#${fieldId(`${path}.${i}`)}, [id^="${fieldId(`${path}.${i}`)}-"]`).count();
        if (existing === 0) await pressAddRow(page, path);
        const row = value[i] as Record<string, unknown>;
        await fillByKeyboard(page, row, partnerNames, `${path}.${i}`, rowIds);
        if (typeof row.id === 'string') await rememberRowId(page, `${path}.${i}`, row.id, rowIds);
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      // A group of fields (a record such as a respondent's scores), possibly behind a disclosure button.
      await openDisclosure(page, path);
      await fillByKeyboard(page, value as Record<string, unknown>, partnerNames, path, rowIds);
    } else if (Array.isArray(value)) {
      for (const v of value) await toggleOption(page, path, String(v), true);
    } else if (typeof value === 'boolean') {
      await toggleOption(page, path, String(value), false);
    } else if (typeof value === 'number' && (await isSelect(page, path))) {
      await setText(page, path, String(value), partnerNames);
    } else if (typeof value === 'number') {
      await typeInto(page.locator(`#${fieldId(path)}`), String(value).replace('.', ','));
    } else if (typeof value === 'string' && value !== '') {
      await setText(page, path, value, partnerNames);
    }
  }
}

const isSelect = (page: Page, path: string) =>
  page
    .locator(`#${fieldId(path)}`)
    .evaluate((el) => el.tagName === 'SELECT')
    .catch(() => false);

/** A button carrying the id of a group of fields is a disclosure that shows them (aria-expanded). */
async function openDisclosure(page: Page, path: string) {
  const button = page.locator(`button#${fieldId(path)}[aria-expanded="false"]`);
  if ((await button.count()) === 0) return;
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator(`button#${fieldId(path)}[aria-expanded="true"]`).waitFor();
}

/** A row created in the UI got a fresh id; rows that others refer to by id show it as `data-row-id`. */
async function rememberRowId(page: Page, rowPath: string, dataId: string, rowIds: Map<string, string>) {
  const marked = page.locator('[data-row-id]').filter({ has: page.locator(`[id^="${fieldId(rowPath)}-"]`) });
  if ((await marked.count()) !== 1) return;
  const uiId = await marked.getAttribute('data-row-id');
  if (uiId && uiId !== dataId) rowIds.set(dataId, uiId);
}

async function pressAddRow(page: Page, path: string) {
  const list = page.locator('.sw-row-list').filter({ has: page.locator(`#${fieldId(path)}`) });
  // The innermost list holding the path (a list may sit inside a row of another list).
  const add = list.last().locator('button').last();
  await add.focus();
  await page.keyboard.press('Enter');
}

async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.page().keyboard.press('ControlOrMeta+A');
  await field.page().keyboard.press('Delete');
  await field.page().keyboard.insertText(text);
}

async function setText(page: Page, path: string, value: string, partnerNames: Map<string, string>) {
  const direct = page.locator(`#${fieldId(path)}`);
  await direct
    .first()
    .waitFor({ state: 'attached', timeout: 5000 })
    .catch(() => undefined);
  if ((await direct.count()) === 0) throw new Error(`no field for ${path}`);
  const tag = await direct.evaluate((el) => `${el.tagName.toLowerCase()}:${(el as HTMLInputElement).type ?? ''}`);
  if (tag.startsWith('select')) {
    const values = await direct
      .locator('option')
      .evaluateAll((opts) => opts.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    let choice = values.find(([v]) => v === value)?.[0];
    if (!choice && partnerNames.has(value)) choice = values.find(([, label]) => label.includes(partnerNames.get(value)!))?.[0];
    if (!choice) throw new Error(`no option ${value} for ${path}`);
    await direct.focus();
    await direct.selectOption(choice);
  } else if (tag === 'input:radio') {
    await toggleOption(page, path, value, false);
  } else if (tag === 'input:date') {
    await direct.focus();
    await direct.fill(value);
  } else {
    await typeInto(direct, value);
  }
}

/** Radios and checkboxes: the first option carries the field id, the others `<id>-<value>`. */
async function toggleOption(page: Page, path: string, value: string, checkbox: boolean) {
  const id = fieldId(path);
  let option = page.locator(`#${id}-${value.replace(/[^a-zA-Z0-9_-]/g, '-')}`);
  if ((await option.count()) === 0) option = page.locator(`#${id}`);
  const current = await option.getAttribute('value');
  if (current !== null && current !== value && !(value === 'true' || value === 'false')) {
    throw new Error(`option ${value} not found for ${path}`);
  }
  await option.focus();
  if (checkbox ? !(await option.isChecked()) : true) await page.keyboard.press('Space');
}
