// "Open source": the article's URL in the system browser, http(s) only.
import { isHttpUrl } from '../../../src-main/common/shell';
import { errorMessage, type ActionContext } from '../store';

/** Opens the link through the host; anything but http(s) is refused here and again by the host. */
export async function openSource(ctx: ActionContext, url: string): Promise<void> {
  if (!isHttpUrl(url)) {
    ctx.store.apply((s) => ({ ...s, notice: 'Only http(s) links can be opened.' }));
    return;
  }
  try {
    await ctx.api.openExternal({ url });
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not open the link: ${errorMessage(err)}` }));
  }
}
