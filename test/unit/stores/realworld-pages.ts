/** The real saved pages of ../shared/realworld (see its INDEX.md), with the URL each was served at and what it shows. */
export interface DetailCase {
  file: string;
  url: string;
  id: string;
  title: string;
  developer: string | null;
}
export interface ListCase {
  file: string;
  url: string;
  count: number;
  first: string[];
  firstTitle: string;
}

const GP = 'https://play.google.com/store/apps/details?id=';

export const DETAIL_PAGES: DetailCase[] = [
  { file: 'appstore/as-detail-us-netflix-id363590051-2023.html', url: 'https://apps.apple.com/us/app/netflix/id363590051', id: '363590051', title: 'Netflix', developer: 'Netflix, Inc.' },
  { file: 'appstore/as-detail-vn-sony-baohanh-id1193542964-2023.html', url: 'https://apps.apple.com/vn/app/sony-b%E1%BA%A3o-h%C3%A0nh-%C4%91i%E1%BB%87n-t%E1%BB%AD/id1193542964', id: '1193542964', title: 'Sony Bảo hành điện tử', developer: 'Sony Vietnam' },
  { file: 'googleplay/gp-detail-com.edujoy.masha.games-2019.html', url: `${GP}com.edujoy.masha.games&hl=en`, id: 'com.edujoy.masha.games', title: 'Masha and the Bear. Educational Games', developer: 'AppQuiz' },
  { file: 'googleplay/gp-detail-com.facebook.katana-2019.html', url: `${GP}com.facebook.katana&hl=en`, id: 'com.facebook.katana', title: 'Facebook', developer: 'Facebook' },
  { file: 'googleplay/gp-detail-com.google.android.apps.translate-2026.html', url: `${GP}com.google.android.apps.translate&hl=en&gl=us`, id: 'com.google.android.apps.translate', title: 'Google Translate', developer: 'Google LLC' },
  { file: 'googleplay/gp-detail-com.hasbro.mlpcoreAPPSTORE-2018.html', url: `${GP}com.hasbro.mlpcoreAPPSTORE`, id: 'com.hasbro.mlpcoreAPPSTORE', title: 'My Little Pony Celebration', developer: 'Hasbro Inc.' },
  { file: 'googleplay/gp-detail-com.instagram.igtv-2019-savedpage.html', url: `${GP}com.instagram.igtv&hl=ko`, id: 'com.instagram.igtv', title: 'IGTV', developer: 'Instagram' },
  { file: 'googleplay/gp-detail-com.mg.android-2018.html', url: `${GP}com.mg.android`, id: 'com.mg.android', title: 'WeatherPro', developer: 'MeteoGroup' },
  { file: 'googleplay/gp-detail-com.mojang.minecraftpe-2019.html', url: `${GP}com.mojang.minecraftpe&hl=en`, id: 'com.mojang.minecraftpe', title: 'Minecraft', developer: 'Mojang' },
  { file: 'googleplay/gp-detail-com.mojang.minecraftpe-2026.html', url: `${GP}com.mojang.minecraftpe&hl=en&gl=us`, id: 'com.mojang.minecraftpe', title: 'Minecraft: Dream it, Build it!', developer: 'Mojang' },
  { file: 'googleplay/gp-detail-com.mojang.minecraftpe-enUS-2022.html', url: `${GP}com.mojang.minecraftpe&hl=en&gl=US`, id: 'com.mojang.minecraftpe', title: 'Minecraft', developer: 'Mojang' },
  { file: 'googleplay/gp-detail-com.trixi.bike.stunts.driving-2019-savedpage.html', url: `${GP}com.trixi.bike.stunts.driving`, id: 'com.trixi.bike.stunts.driving', title: 'Bike Games: Bike Racing Games', developer: 'Trixi Craft' },
  { file: 'googleplay/gp-detail-runner.dunzo-v1-2021.html', url: `${GP}runner.dunzo.com.dunzo_runner&hl=en_IN&gl=IN`, id: 'runner.dunzo.com.dunzo_runner', title: 'Dunzo Delivery Partner', developer: 'Dunzo Digital' },
  { file: 'googleplay/gp-detail-whereami-2026.html', url: `${GP}com.adex77.WhereAmI&hl=en`, id: 'com.adex77.WhereAmI', title: 'Where Am I? - GeoGuess Game', developer: 'Adex77' },
  { file: 'googleplay/gp-detail-org.zooper.zwpro-de-2016.html', url: `${GP}org.zooper.zwpro&hl=de`, id: 'org.zooper.zwpro', title: 'Zooper Widget Pro', developer: 'MYCOLORSCREEN' },
  { file: 'googleplay/gp-detail-com.instagram.android-zh-2019.html', url: `${GP}com.instagram.android&hl=zh`, id: 'com.instagram.android', title: 'Instagram', developer: 'Instagram' },
  { file: 'googleplay/gp-detail-com.instagram.android-zhCN-2022.html', url: `${GP}com.instagram.android&hl=zh&gl=CN`, id: 'com.instagram.android', title: 'Instagram', developer: 'Instagram' },
  { file: 'googleplay/gp-detail-acada.app.acada-2026.html', url: `${GP}acada.app.acada&hl=en`, id: 'acada.app.acada', title: 'Edcada', developer: 'Glovally Innovations Limited' },
  { file: 'googleplay/gp-detail-com.sandboxol.indiegame.bedwar-fr-2022.html', url: `${GP}com.sandboxol.indiegame.bedwar&hl=fr&gl=US`, id: 'com.sandboxol.indiegame.bedwar', title: 'Bed Wars', developer: 'Blockman GO Studio' },
  // The 2025 design: six more h1s in closed dialogs, U+200E before the title, developer only in the ribbon and JSON-LD.
  { file: 'appstore/as-detail-us-dream-journal-ultimate-id802558054-2025.html', url: 'https://apps.apple.com/us/app/dream-journal-ultimate/id802558054', id: '802558054', title: 'Dream Journal Ultimate', developer: 'Dream Labs LLC' },
  // iTunes Preview, 2013: `<h1>` then `<h2>By Mojang</h2>`.
  { file: 'appstore/as-detail-us-itunes-minecraft-pe-id479516143-2013.html', url: 'https://itunes.apple.com/us/app/minecraft-pocket-edition/id479516143?mt=8', id: '479516143', title: 'Minecraft – Pocket Edition', developer: 'Mojang' },
  // Aptoide: the address names a short name; the package is in the info rows and __NEXT_DATA__.
  { file: 'aptoide/apt-detail-com.facebook.katana-2026.html', url: 'https://facebook.en.aptoide.com/app', id: 'com.facebook.katana', title: 'Facebook', developer: 'Facebook' },
  { file: 'aptoide/apt-detail-es.socialpoint.DragonCity-2024.html', url: 'https://dragon-city.en.aptoide.com/app', id: 'es.socialpoint.DragonCity', title: 'Dragon City: Mobile Adventure', developer: 'socialpoint' },
  { file: 'aptoide/apt-detail-com.whatsapp-2022.html', url: 'https://whatsapp.en.aptoide.com/app', id: 'com.whatsapp', title: 'WhatsApp Messenger', developer: 'WhatsApp Inc.' },
  // APKMirror release page: version in the h1, package only in the "View on Play Store" button.
  { file: 'apkmirror/apkm-release-paramount-android-tv-16.4.1-2026.html', url: 'https://www.apkmirror.com/apk/viacomcbs-streaming/paramount-android-tv/paramount-android-tv-16-4-1-release/', id: 'com.cbs.ca', title: 'Paramount+ (Android TV)', developer: 'ViacomCBS Streaming' },
  // APKPure 2018: the h1 holds only "KeepVid".
  { file: 'apkpure/apkp-detail-com.keepvid.studio-2018.html', url: 'https://apkpure.com/keepvid-android/com.keepvid.studio', id: 'com.keepvid.studio', title: 'KeepVid Video Downloader', developer: 'KeepVid Studio' },
  { file: 'googleplay/gp-datasafety-translate-2026.html', url: 'https://play.google.com/store/apps/datasafety?id=com.google.android.apps.translate&hl=en', id: 'com.google.android.apps.translate', title: 'Google Translate', developer: 'Google LLC' },
];

const SEARCH = 'https://play.google.com/store/search?c=apps&q=';

export const LIST_PAGES: ListCase[] = [
  { file: 'googleplay/gp-developer-mojang-2026.html', url: 'https://play.google.com/store/apps/developer?id=Mojang&hl=en', count: 3, first: ['com.mojang.minecraftpe', 'com.mojang.minecraftedu', 'com.mojang.minecraftedu_preview'], firstTitle: 'Minecraft: Dream it, Build it!' },
  { file: 'googleplay/gp-developer-zynga-2018.html', url: 'https://play.google.com/store/apps/developer?id=Zynga&hl=ru', count: 24, first: ['com.kathleenOswald.solitaireGooglePlay', 'com.zynga.words3', 'com.zynga.FarmVille2CountryEscape'], firstTitle: 'Солитер' },
  { file: 'googleplay/gp-developer-google-2026.html', url: 'https://play.google.com/store/apps/dev?id=5700313618786177705&hl=en', count: 11, first: ['com.google.android.googlequicksearchbox', 'com.google.android.apps.messaging', 'com.google.android.apps.youtube.unplugged'], firstTitle: 'Google' },
  { file: 'googleplay/gp-list-chart-topselling_paid-GAME_ARCADE-2018.html', url: 'https://play.google.com/store/apps/category/GAME_ARCADE/collection/topselling_paid', count: 100, first: ['com.mojang.minecraftpe', 'com.robtopx.geometryjump', 'com.rockstargames.gtavc'], firstTitle: 'Minecraft' },
  { file: 'googleplay/gp-list-raulr-collection-2019.html', url: 'https://play.google.com/store/apps/collection/topselling_paid?num=2', count: 2, first: ['com.mojang.minecraftpe', 'com.robtopx.geometryjump'], firstTitle: 'Minecraft' },
  { file: 'googleplay/gp-cluster-similar-translate-2026.html', url: 'https://play.google.com/store/apps/collection/cluster?gsr=x&hl=en', count: 50, first: ['com.google.android.inputmethod.latin', 'com.google.android.dialer', 'com.freevoicetranslator.languagetranslate.speakandtranslate'], firstTitle: 'Gboard - the Google Keyboard' },
  { file: 'googleplay/gp-storehome-apps-2026.html', url: 'https://play.google.com/store/apps?hl=en_US', count: 51, first: ['com.zhiliaoapp.musically', 'com.messenger.sms.messages', 'com.codeway.brainapp'], firstTitle: 'TikTok' },
  { file: 'googleplay/gp-storehome-categories-2022.html', url: 'https://play.google.com/store/apps?hl=en&gl=US', count: 93, first: ['com.adobe.lrmobile', 'com.picsart.studio', 'com.photoroom.app'], firstTitle: 'Lightroom Photo & Video Editor' },
  { file: 'googleplay/gp-storehome-raulr-categories-2019.html', url: 'https://play.google.com/store/apps?hl=en', count: 83, first: ['com.whatsapp', 'com.facebook.orca', 'com.facebook.katana'], firstTitle: 'WhatsApp Messenger' },
  { file: 'googleplay/gp-list-topcharts-2019.html', url: 'https://play.google.com/store/apps/collection/topselling_paid', count: 60, first: ['com.mojang.minecraftpe', 'com.agaming.thesun.origin', 'cc.peacedeath.peacedeath'], firstTitle: 'Minecraft' },
  { file: 'googleplay/gp-search-panda-2026.html', url: `${SEARCH}panda&price=0`, count: 20, first: ['com.pandaexpress.app', 'com.sinyee.babybus.restaurant', 'com.yq.xmmg.gp'], firstTitle: 'Panda Express' },
  { file: 'googleplay/gp-search-raulr-2019.html', url: `${SEARCH}unicorns&hl=en`, count: 50, first: ['com.tutotoons.app.mybabyunicorn.free', 'com.infokombinat.coloringunicorns', 'com.gtracegames.flyingunicornsimulator'], firstTitle: 'My Baby Unicorn - Virtual Pony Pet Care & Dress Up' },
  { file: 'googleplay/gp-search-sunaoka-2022.html', url: `${SEARCH}unicorns&price=1&rating=1`, count: 30, first: ['com.tutotoons.app.kpopsiescuteunicornpets', 'com.tutotoons.app.mybabyunicorn2.free', 'com.animedressupgames.chibi.unicorns'], firstTitle: 'Kpopsies - Hatch Baby Unicorns' },
  { file: 'googleplay/gp-search-where-am-i-2026.html', url: `${SEARCH}where%20am%20i`, count: 30, first: ['net.aleksandre.android.whereami', 'com.bigdatacloud.whereami', 'me.syncrex.where_am_i'], firstTitle: 'Where Am I - Find My Location' },
  { file: 'googleplay/gp-search-test-keyword-2019.html', url: `${SEARCH}test%20keyword`, count: 49, first: ['com.aswdc_typingspeed', 'com.edu.english_all_levels', 'com.inpocketsoftware.andTest'], firstTitle: 'Typing Speed Test - Typing Master' },
];

/** Pages a store module does not read, by design: the content script must leave them alone (no badge, no error). */
export interface UnhandledCase {
  file: string;
  url: string;
  why: string;
}
export const UNHANDLED_PAGES: UnhandledCase[] = [
  { file: 'aptoide/apt-search-icondo-noresults-2026.html', url: 'https://en.aptoide.com/search?query=icondo&type=apps', why: 'Aptoide hub pages: cards link to short-name subdomains, never to a package' },
  { file: 'apkmirror/apkm-search-icondo-2026.html', url: 'https://www.apkmirror.com/?post_type=app_release&searchtype=apk&s=icondo', why: 'APKMirror lists: rows name a versioned release and a slug, never a package' },
];
