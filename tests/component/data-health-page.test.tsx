import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { nationalDocument, nationalFigure } from '../support/national-document';
import { API, NAMES, createDataServer, feedDoc, serveSnapshot } from './data-fixtures';

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function feedTable() {
  return screen.findByRole('table', { name: /Nguồn số liệu của từng đơn vị/ });
}

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const link = within(table).getByRole('link', { name });
  const row = link.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Data health', () => {
  it('names every feed’s status, with the reason', async () => {
    renderApp('/data');
    const table = await feedTable();
    await waitFor(() => expect(rowOf(table, NAMES.http)).toHaveTextContent('Lỗi HTTP 503'));
    expect(rowOf(table, NAMES.ok)).toHaveTextContent('Bình thường');
    expect(rowOf(table, NAMES.ok)).toHaveTextContent('25/08/2020 17:00');
    expect(rowOf(table, NAMES.ok)).toHaveTextContent('08/2020');
    expect(rowOf(table, NAMES.http)).toHaveTextContent('Địa chỉ trong danh mục: feeds/02.json');
    expect(rowOf(table, NAMES.refused)).toHaveTextContent(
      'Địa chỉ bị từ chối: javascript:alert(1)',
    );
    expect(rowOf(table, NAMES.wrongUnit)).toHaveTextContent('Sai đơn vị (tệp ghi "MOE")');
    expect(rowOf(table, NAMES.partly)).toHaveTextContent('Có 2 kỳ báo cáo bị loại');
  });

  it('lists each rejected observation with the field, the rule and the value found', async () => {
    renderApp('/data');
    const table = await feedTable();
    const row = await waitFor(() => {
      const r = rowOf(table, NAMES.partly);
      expect(r).toHaveTextContent('Có 2 kỳ báo cáo bị loại');
      return r;
    });
    await userEvent.click(within(row).getByText('Xem 2 kỳ báo cáo bị loại và lý do'));
    expect(row).toHaveTextContent(
      'Số DVC mức độ 4 (servicesLevel4): phải là số nguyên từ 0 đến 1.000.000.000 (giá trị: 12.5)',
    );
    expect(row).toHaveTextContent(
      'Kỳ báo cáo (period): kỳ báo cáo sau kỳ 08/2020 của danh mục (giá trị: "2020-09")',
    );
  });

  it('shows a hostile unit name as text, never as HTML', async () => {
    const { container } = renderApp('/data');
    const table = await feedTable();
    await waitFor(() => expect(rowOf(table, NAMES.hostile)).toHaveTextContent('Bình thường'));
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the registry’s problems and the shared documents’ status', async () => {
    renderApp('/data');
    const documents = await screen.findByRole('table', {
      name: /Danh mục nguồn số liệu, chỉ tiêu/,
    });
    await waitFor(() =>
      expect(within(documents).getByRole('row', { name: /Chỉ tiêu quốc gia/ })).toHaveTextContent(
        'Lỗi HTTP 500',
      ),
    );
    expect(within(documents).getByRole('row', { name: /Bảng xếp hạng/ })).toHaveTextContent(
      'Danh mục không khai báo tài liệu này',
    );
    const problems = screen.getByRole('table', { name: /Các mục của danh mục bị bỏ qua/ });
    expect(problems).toHaveTextContent('Trùng mã, đã bỏ qua');
  });

  it('counts in words that agree with the number, and words a rejected figure in English', async () => {
    server.use(
      http.get(`${API}national.json`, () =>
        HttpResponse.json(nationalDocument([nationalFigure({}), nationalFigure({})])),
      ),
    );
    renderApp('/data?lang=en');
    const documents = await screen.findByRole('table', { name: /The feed registry, national/ });
    const national = within(documents).getByRole('row', { name: /National figures/ });
    await waitFor(() => expect(national).toHaveTextContent('1 valid entry.'));
    expect(national).toHaveTextContent(
      `Entry 2 (egdi) rejected: “id” is the same as an earlier entry's (found "egdi")`,
    );
    expect(within(documents).getByRole('row', { name: /Feed registry/ })).toHaveTextContent(
      /; \d+ units; 1 target\./,
    );
  });

  it('filters by status from the URL', async () => {
    renderApp('/data?feed=failed');
    const table = await feedTable();
    await waitFor(() => expect(table).toHaveAccessibleName(/hiển thị 3\/6/));
    expect(within(table).queryByRole('link', { name: NAMES.ok })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toHaveValue('failed');
  });

  it('retries one feed: the new copy replaces the error once it validates', async () => {
    renderApp('/data');
    const table = await feedTable();
    await waitFor(() => expect(rowOf(table, NAMES.http)).toHaveTextContent('Lỗi HTTP 503'));
    server.use(http.get(`${API}feeds/02.json`, () => HttpResponse.json(feedDoc('02'))));
    await userEvent.click(
      screen.getByRole('button', { name: `Thử lại nguồn số liệu của ${NAMES.http}` }),
    );
    await waitFor(() => expect(rowOf(table, NAMES.http)).toHaveTextContent('Bình thường'));
    // The others are untouched: still failed.
    expect(rowOf(table, NAMES.wrongUnit)).toHaveTextContent('Sai đơn vị');
  });

  it('offers retry only where trying again can help: the network or the server, not the data', async () => {
    renderApp('/data');
    const table = await feedTable();
    const retryAll = await screen.findByRole('button', {
      name: 'Thử lại 1 nguồn lỗi tạm thời',
    });
    // A refused address and a feed of the wrong unit stay so until someone fixes them.
    expect(within(rowOf(table, NAMES.refused)).queryByRole('button')).toBeNull();
    expect(within(rowOf(table, NAMES.wrongUnit)).queryByRole('button')).toBeNull();
    server.use(http.get(`${API}feeds/02.json`, () => HttpResponse.json(feedDoc('02'))));
    await userEvent.click(retryAll);
    await waitFor(() => expect(rowOf(table, NAMES.http)).toHaveTextContent('Bình thường'));
    expect(rowOf(table, NAMES.wrongUnit)).toHaveTextContent('Sai đơn vị');
    expect(rowOf(table, NAMES.refused)).toHaveTextContent('Địa chỉ bị từ chối');
  });

  it('offers no retry in a snapshot: a failure it recorded reads the same however often it is asked', async () => {
    server.use(
      serveSnapshot({
        'feeds/01.json': { body: feedDoc('01') },
        'feeds/02.json': { failure: { kind: 'http', status: 503 } },
        'feeds/04.json': { failure: { kind: 'timeout' } },
        'feeds/99.json': { body: feedDoc('99') },
        'feeds/MOF.json': { body: feedDoc('MOE') },
      }),
    );
    renderApp('/data');
    const table = await feedTable();
    await waitFor(() => expect(rowOf(table, NAMES.http)).toHaveTextContent('Lỗi HTTP 503'));
    expect(rowOf(table, NAMES.partly)).toHaveTextContent('Quá thời gian chờ');
    expect(rowOf(table, NAMES.ok)).toHaveTextContent('Bình thường');
    expect(within(table).queryByRole('button', { name: /Thử lại/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Thử lại/ })).toBeNull();
  });

  it('says on every screen how many feeds failed and what the figures cover', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('link', {
        name: '3 nguồn số liệu không tải được — số liệu tính trên 3/6 đơn vị',
      }),
    ).toHaveAttribute('href', '/data');
  });
});
